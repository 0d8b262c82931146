using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Bulk;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Data.Health;

namespace PolicyPortal.Web.Data;

public static class PortalDataExtensions
{
    /// <summary>Shared by every instance so each can read the others' cookies and antiforgery tokens.</summary>
    public const string DataProtectionApplicationName = "PolicyPortal";

    /// <summary>
    /// Registers the database (provider chosen by <see cref="DatabaseOptions"/>; a bad configuration fails here,
    /// naming the key), migrations on start, <see cref="IDraftStore"/>, <see cref="IAuditLog"/>, Data Protection
    /// keys in the database and the <c>database</c> readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddPolicyPortalData(this IHostApplicationBuilder builder)
    {
        var options = DatabaseOptions.From(builder.Configuration);
        var target = DatabaseTarget.Resolve(options, builder.Environment.ContentRootPath);
        builder.Services.AddPortalData(options, target);
        return builder;
    }

    internal static IServiceCollection AddPortalData(this IServiceCollection services, DatabaseOptions options, DatabaseTarget target)
    {
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(target);
        services.TryAddSingleton(TimeProvider.System);

        // The context type is the provider's, so each provider finds its own migrations.
        if (target.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddPortalDbContext<PostgresPortalDbContext>(db => db.UseNpgsql(target.ConnectionString));
        }
        else
        {
            services.AddPortalDbContext<SqlitePortalDbContext>(db => db.UseSqlite(target.ConnectionString));
        }

        services.AddSingleton<PortalDatabaseMigrator>();
        services.AddHostedService<MigrateOnStartupService>();
        services.AddSingleton<IDraftStore, DraftStore>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<IBulkRunStore, BulkRunStore>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    private static void AddPortalDbContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> useProvider)
        where TContext : PortalDbContext
    {
        // No retrying execution strategy: a retried conditional UPDATE whose first try committed would
        // report "lost" to the submit that actually won.
        services.AddDbContextFactory<TContext>(db =>
        {
            useProvider(db);
            db.ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
        });
        services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<TContext>>();
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<TContext>();
    }
}
