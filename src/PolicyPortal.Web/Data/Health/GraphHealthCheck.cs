using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Kiota.Abstractions.Authentication;
using PolicyPortal.Graph.Client;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Data.Health;

/// <summary>Ready when Microsoft Graph (in demo mode: the sandbox tenant) answers one cheap call.</summary>
internal sealed class GraphHealthCheck(GraphReachabilityProbe probe, PortalMode mode, IServiceProvider services) : IHealthCheck
{
    public const string Name = "graph";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Tenant mode's tokens belong to signed-in admins, and a probe has none: Graph's 401 still proves it answers.
        var tokens = mode.IsDemo ? services.GetRequiredService<IAccessTokenProvider>() : null;
        var result = await probe.CheckAsync(tokens, cancellationToken);
        return result.IsReachable
            ? HealthCheckResult.Healthy(result.Description)
            : new HealthCheckResult(context.Registration.FailureStatus, result.Description);
    }
}
