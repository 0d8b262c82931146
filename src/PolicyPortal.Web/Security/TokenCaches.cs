using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Security;

/// <summary>Where MSAL keeps the admins' tokens: in memory for one instance, in the shared Redis cache
/// (<see cref="SharedCache"/>, encrypted with the app's Data Protection keys) when several instances must share them.</summary>
internal static class TokenCaches
{
    public static void AddPortalTokenCaches(this MicrosoftIdentityAppCallsWebApiAuthenticationBuilder builder, IConfiguration configuration)
    {
        if (SharedCache.RedisConnectionString(configuration) is null)
        {
            builder.AddInMemoryTokenCaches();
            return;
        }
        builder.AddDistributedTokenCaches();
        // Refresh tokens at rest in a shared cache are worth encrypting.
        builder.Services.Configure<MsalDistributedTokenCacheAdapterOptions>(options => options.Encrypt = true);
    }
}
