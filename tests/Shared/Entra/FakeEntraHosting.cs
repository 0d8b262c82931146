using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;

namespace PolicyPortal.Testing;

public static class FakeEntraHosting
{
    /// <summary>Tenant mode configured as a deployment is (Instance, TenantId, ClientId, ClientSecret), signing in against
    /// <paramref name="authority"/>. The only test seams: the app's HTTP clients (OIDC back-channel, issuer validator,
    /// MSAL, Graph) trust the authority's certificate and reach loopback only.</summary>
    public static IWebHostBuilder UseFakeEntra(this IWebHostBuilder builder, FakeEntraAuthority authority) => builder
        .UseSetting("AzureAd:Instance", authority.Instance)
        .UseSetting("AzureAd:TenantId", FakeEntraAuthority.TenantId)
        .UseSetting("AzureAd:ClientId", FakeEntraAuthority.ClientId)
        .UseSetting("AzureAd:ClientSecret", FakeEntraAuthority.ClientSecret)
        .ConfigureServices(services =>
        {
            services.ConfigureHttpClientDefaults(http => http
                .ConfigurePrimaryHttpMessageHandler(authority.CreateTrustingHandler)
                .AddHttpMessageHandler(() => new LoopbackOnlyHandler()));
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
                options.BackchannelHttpHandler = new LoopbackOnlyHandler(authority.CreateTrustingHandler()));
            // Identity.Web's issuer validator reads the authority's metadata with its own HttpClient unless told a name.
            services.Configure<AadIssuerValidatorOptions>(options => options.HttpClientName = "aad-issuer-validator");
        });
}
