using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Data;

/// <summary>
/// Migrates in <see cref="IHostedLifecycleService.StartingAsync"/>: before any hosted service starts
/// (Data Protection loads its key ring from this database) and before the server takes requests.
/// A failure stops the start.
/// </summary>
internal sealed class MigrateOnStartupService(PortalDatabaseMigrator migrator, IOptions<DatabaseOptions> options) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.MigrateOnStartup ? migrator.MigrateAsync(cancellationToken) : Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
