using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>The real app in tenant mode, signing in against <see cref="FakeEntraAuthority"/>.</summary>
public sealed class TenantModeFactory(FakeEntraAuthority authority) : WebApplicationFactory<Program>
{
    public const string ClientId = "99999999-8888-7777-6666-555555555555";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development")
            .UseIsolatedSqlite()
            .UseSetting("AzureAd:Instance", authority.Instance)
            .UseSetting("AzureAd:TenantId", FakeEntraAuthority.TenantId)
            .UseSetting("AzureAd:ClientId", ClientId)
            .UseSetting("AzureAd:ClientSecret", "test-only-secret")
            .ConfigureServices(services => services.Configure<OpenIdConnectOptions>(
                OpenIdConnectDefaults.AuthenticationScheme,
                // The fake authority speaks plain http on loopback.
                options => options.RequireHttpsMetadata = false));
    }
}
