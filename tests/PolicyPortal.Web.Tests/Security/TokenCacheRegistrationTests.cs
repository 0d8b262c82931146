using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web.TokenCacheProviders;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

public sealed class TokenCacheRegistrationTests
{
    [Fact]
    public void TokenCache_WithoutRedis_IsInMemory()
    {
        using var services = TenantServices([]);

        CacheProviderType(services).ShouldBe(typeof(MsalMemoryTokenCacheProvider));
        (services.GetService<IDistributedCache>() is RedisCache).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Redis:ConnectionString")]
    [InlineData("ConnectionStrings:Redis")]
    public void TokenCache_WithRedisConfigured_IsDistributedInRedisAndEncrypted(string key)
    {
        using var services = TenantServices(new() { [key] = "127.0.0.1:6390,abortConnect=false" });

        CacheProviderType(services).ShouldBe(typeof(MsalDistributedTokenCacheAdapter));
        services.GetRequiredService<IDistributedCache>().ShouldBeAssignableTo<RedisCache>();
        services.GetRequiredService<IOptions<RedisCacheOptions>>().Value.Configuration.ShouldBe("127.0.0.1:6390,abortConnect=false");
        services.GetRequiredService<IOptions<MsalDistributedTokenCacheAdapterOptions>>().Value.Encrypt.ShouldBeTrue();
    }

    private static Type? CacheProviderType(ServiceProvider services) =>
        services.GetRequiredService<IServiceCollection>().Last(d => d.ServiceType == typeof(IMsalTokenCacheProvider)).ImplementationType;

    private static ServiceProvider TenantServices(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "11111111-2222-3333-4444-555555555555",
            ["AzureAd:ClientId"] = "99999999-8888-7777-6666-555555555555",
        }).AddInMemoryCollection(settings);
        builder.AddSharedCache();
        builder.AddTenantSignIn();
        builder.Services.AddSingleton<IServiceCollection>(builder.Services);
        return builder.Services.BuildServiceProvider();
    }
}
