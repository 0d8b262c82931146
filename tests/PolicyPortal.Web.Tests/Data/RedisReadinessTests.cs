using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PolicyPortal.Testing;
using PolicyPortal.Web.Data.Health;
using PolicyPortal.Web.Tests.Security;

namespace PolicyPortal.Web.Tests.Data;

/// <summary>With Redis configured (the shared token cache), readiness asks it too: a real redis-server, then stopped.</summary>
public sealed class RedisReadinessTests : IAsyncLifetime
{
    private FakeEntraAuthority _authority = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _authority = await FakeEntraAuthority.StartAsync();

    public async ValueTask DisposeAsync() => await _authority.DisposeAsync();

    [Fact]
    public async Task Readiness_WithRedisConfigured_IsHealthyWhileRedisAnswers_AndUnhealthyOnceItStops()
    {
        var redis = await RedisServer.StartAsync(Ct);
        await using var app = new TenantModeFactory(_authority, configure: builder => builder.UseSetting("Redis:ConnectionString", redis.ConnectionString));

        var ready = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Single(r => r.Name == RedisHealthCheck.Name);
        ready.Tags.ShouldContain(HealthTags.Ready, "/readyz runs the checks tagged ready");
        (await RedisStatusAsync(app)).ShouldBe(HealthStatus.Healthy);

        await redis.DisposeAsync();

        (await RedisStatusAsync(app)).ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task Readiness_WithoutRedis_HasNoRedisCheck()
    {
        await using var app = new TenantModeFactory(_authority);

        app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.ShouldNotContain(r => r.Name == RedisHealthCheck.Name);
    }

    private static async Task<HealthStatus> RedisStatusAsync(TenantModeFactory app) =>
        (await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == RedisHealthCheck.Name, Ct)).Status;
}
