using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using PolicyPortal.Web.Data.Health;

namespace PolicyPortal.Web.Security;

/// <summary>Where MSAL keeps the admins' tokens: in memory for one instance, in Redis (encrypted with the app's Data
/// Protection keys) when several instances must share them.</summary>
internal static class TokenCaches
{
    public const string RedisKey = "Redis:ConnectionString";

    public static void AddPortalTokenCaches(this MicrosoftIdentityAppCallsWebApiAuthenticationBuilder builder, IConfiguration configuration)
    {
        var redis = RedisConnectionString(configuration);
        if (redis is null)
        {
            builder.AddInMemoryTokenCaches();
            return;
        }

        builder.Services.AddStackExchangeRedisCache(options =>
        {
            options.Configuration = redis;
            options.InstanceName = "PolicyPortal:";
        });
        builder.AddDistributedTokenCaches();
        builder.Services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        // Refresh tokens at rest in a shared cache are worth encrypting.
        builder.Services.Configure<MsalDistributedTokenCacheAdapterOptions>(options => options.Encrypt = true);
    }

    internal static string? RedisConnectionString(IConfiguration configuration) =>
        new[] { configuration[RedisKey], configuration.GetConnectionString("Redis") }.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
