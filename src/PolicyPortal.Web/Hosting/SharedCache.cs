using PolicyPortal.Web.Data.Health;

namespace PolicyPortal.Web.Hosting;

/// <summary>Redis, when configured (<c>Redis:ConnectionString</c> or <c>ConnectionStrings:Redis</c>), is the cache the
/// instances share (<see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>): MSAL's token cache in
/// tenant mode keeps its tokens there, the HybridCache over it holds Blazor's persisted circuits (ASP.NET Core picks a
/// registered HybridCache up by itself), and readiness asks it.</summary>
internal static class SharedCache
{
    public const string RedisKey = "Redis:ConnectionString";

    /// <summary>Blazor's own <see cref="Microsoft.AspNetCore.Components.Server.CircuitOptions"/> names, e.g.
    /// <c>Blazor:Circuit:DisconnectedCircuitRetentionPeriod</c>: how long a dropped circuit waits in its instance
    /// before it is persisted to the shared cache, where any instance can resume it.</summary>
    public const string CircuitSection = "Blazor:Circuit";

    public static void AddSharedCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<Microsoft.AspNetCore.Components.Server.CircuitOptions>().Bind(builder.Configuration.GetSection(CircuitSection));
        if (RedisConnectionString(builder.Configuration) is not { } redis)
        {
            return;
        }
        builder.Services.AddStackExchangeRedisCache(options =>
        {
            options.Configuration = redis;
            options.InstanceName = "PolicyPortal:";
        });
        builder.Services.AddHybridCache();
        builder.Services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
    }

    public static string? RedisConnectionString(IConfiguration configuration) =>
        new[] { configuration[RedisKey], configuration.GetConnectionString("Redis") }.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
