using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;
using PolicyPortal.Graph.Client;
using PolicyPortal.Web.Components;

namespace PolicyPortal.Web.Security;

/// <summary>Tenant mode: Entra ID sign-in (OIDC code flow with PKCE) and delegated Graph tokens through Microsoft.Identity.Web.</summary>
internal static class TenantSignIn
{
    public const string AzureAdSection = "AzureAd";

    public static void AddTenantSignIn(this WebApplicationBuilder builder)
    {
        ClientSecretSource.EnsureNotFromAppSettings(builder.Configuration);
        var graph = builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions();

        builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection(AzureAdSection))
            .EnableTokenAcquisitionToCallDownstreamApi(graph.ScopeUris())
            .AddPortalTokenCaches(builder.Configuration);

        builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            options.ResponseType = "code";
            options.UsePkce = true;
        });
        builder.Services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.AccessDeniedPath = PageRoutes.AccessDenied;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        builder.Services.AddScoped<IAccessTokenProvider, DelegatedGraphTokenProvider>();
    }
}
