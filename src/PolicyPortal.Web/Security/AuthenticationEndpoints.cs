using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace PolicyPortal.Web.Security;

/// <summary><c>/authentication/login</c> (also the target of Identity.Web's consent and Conditional Access challenges,
/// with <c>scope</c>, <c>loginHint</c>, <c>domainHint</c>, <c>claims</c>) and <c>/authentication/logout</c>.</summary>
internal static class AuthenticationEndpoints
{
    public const string Login = "/authentication/login";
    public const string Logout = "/authentication/logout";

    public static void MapAuthenticationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Login, (string? returnUrl, string? scope, string? loginHint, string? domainHint, string? claims) =>
        {
            var items = new Dictionary<string, string?> { ["claims"] = claims };
            var parameters = new Dictionary<string, object?> { ["loginHint"] = loginHint, ["domainHint"] = domainHint };
            var properties = new OAuthChallengeProperties(items, parameters) { RedirectUri = LocalOrHome(returnUrl) };
            if (!string.IsNullOrWhiteSpace(scope))
            {
                // Incremental consent: the extra scopes a Graph call needed.
                properties.Scope = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
            return Results.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
        }).AllowAnonymous();

        // POST with antiforgery: a link elsewhere must not be able to sign an admin out.
        endpoints.MapPost(Logout, () => Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
    }

    /// <summary>Only paths of this site: an open redirect after sign-in would hand a phishing page a trusted link.</summary>
    internal static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : "/";
}
