using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Web;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>The real app in tenant mode, configured as a deployment is (Instance, TenantId, ClientId, ClientSecret),
/// signing in against <see cref="FakeEntraAuthority"/> and calling <see cref="FakeGraph"/> when one is given.
/// The only test seams: the app's HTTP clients (OIDC back-channel, issuer validator, MSAL, Graph) trust the authority's
/// certificate and reach loopback only.</summary>
public sealed class TenantModeFactory(
    FakeEntraAuthority authority,
    FakeGraph? graph = null,
    string environment = "Development",
    CapturingLoggerProvider? logs = null) : WebApplicationFactory<Program>
{
    public const string ClientId = FakeEntraAuthority.ClientId;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment)
            .UseIsolatedSqlite()
            .UseSetting("AzureAd:Instance", authority.Instance)
            .UseSetting("AzureAd:TenantId", FakeEntraAuthority.TenantId)
            .UseSetting("AzureAd:ClientId", ClientId)
            .UseSetting("AzureAd:ClientSecret", FakeEntraAuthority.ClientSecret)
            .UseSetting("https_port", "443");
        if (graph is not null)
        {
            builder.UseSetting("Graph:BaseUrl", graph.BaseUrl);
        }
        if (logs is not null)
        {
            // A provider-specific rule wins over the app's category rules: everything, down to Trace, reaches it.
            builder.ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        }
        builder.ConfigureServices(services =>
        {
            services.ConfigureHttpClientDefaults(http => http
                .ConfigurePrimaryHttpMessageHandler(authority.CreateTrustingHandler)
                .AddHttpMessageHandler(() => new LoopbackOnlyHandler()));
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
                options.BackchannelHttpHandler = new LoopbackOnlyHandler(authority.CreateTrustingHandler()));
            // Identity.Web's issuer validator reads the authority's metadata with its own HttpClient unless told a name.
            services.Configure<AadIssuerValidatorOptions>(options => options.HttpClientName = "aad-issuer-validator");
            services.AddSingleton<IStartupFilter, TenantTestEndpoints>();
        });
    }
}
