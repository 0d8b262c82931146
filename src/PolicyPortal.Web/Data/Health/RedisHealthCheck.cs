using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PolicyPortal.Web.Data.Health;

/// <summary>Ready when Redis answers, asked through the very cache the app uses (a read of a key nobody writes), so
/// the check sees what the token cache would: its connection string, its connection.</summary>
internal sealed class RedisHealthCheck(IDistributedCache cache) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await cache.GetAsync("readyz", cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
