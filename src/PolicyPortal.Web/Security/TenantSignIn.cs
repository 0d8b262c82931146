using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
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

        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme).Configure<IOptions<SignInOptions>>((options, signIn) =>
        {
            options.ResponseType = "code";
            options.UsePkce = true;
            // The metadata is fetched on the first challenge: an unreachable or silent authority must not hold a page for
            // ASP.NET Core's default minute (SignInUnreachableMiddleware answers instead).
            options.BackchannelTimeout = TimeSpan.FromSeconds(signIn.Value.TimeoutSeconds);
        });
        builder.Services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.AccessDeniedPath = PageRoutes.AccessDenied;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        builder.Services.AddSingleton(SignInAuthority.From(builder.Configuration.GetSection(AzureAdSection)));
        builder.Services.AddSingleton<IPostConfigureOptions<OpenIdConnectOptions>, BoundedMetadataWait>();
        builder.Services.AddScoped<IAccessTokenProvider, DelegatedGraphTokenProvider>();
    }
}
