using Microsoft.EntityFrameworkCore;

namespace PolicyPortal.Web.Data;

/// <summary>Creates the database when missing and applies the provider's pending migrations.</summary>
internal sealed partial class PortalDatabaseMigrator(
    IDbContextFactory<PortalDbContext> contexts,
    DatabaseTarget target,
    ILogger<PortalDatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (target.SqliteFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target.SqliteFile)!);
        }

        var database = target.Describe();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            LogUpToDate(database);
            return;
        }

        LogMigrating(pending.Count, database, pending[^1]);
        // EF takes a database-wide migration lock, so instances starting together do not collide.
        await db.Database.MigrateAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database is up to date: {Database}")]
    private partial void LogUpToDate(string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migrations to {Database} (up to {Latest})")]
    private partial void LogMigrating(int count, string database, string latest);
}
