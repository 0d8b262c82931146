using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PolicyPortal.Web.Data.Health;

/// <summary>Ready when the database answers. A thrown exception is reported as Unhealthy by the health check service.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<PortalDbContext> contexts) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The database is not reachable.");
    }
}
