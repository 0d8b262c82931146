using PolicyPortal.Web.Data.Health;

namespace PolicyPortal.Web.Hosting;

/// <summary>Redis, when configured (<c>Redis:ConnectionString</c> or <c>ConnectionStrings:Redis</c>), is the cache the
/// instances share (<see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>): MSAL's token cache in
/// tenant mode keeps its tokens there, and readiness asks it.</summary>
internal static class SharedCache
{
    public const string RedisKey = "Redis:ConnectionString";

    public static void AddSharedCache(this WebApplicationBuilder builder)
    {
        if (RedisConnectionString(builder.Configuration) is not { } redis)
        {
            return;
        }
        builder.Services.AddStackExchangeRedisCache(options =>
        {
            options.Configuration = redis;
            options.InstanceName = "PolicyPortal:";
        });
        builder.Services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
    }

    public static string? RedisConnectionString(IConfiguration configuration) =>
        new[] { configuration[RedisKey], configuration.GetConnectionString("Redis") }.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
