using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using PolicyPortal.Web.Components;

namespace PolicyPortal.Web.Security;

/// <summary><c>/authentication/login</c> (also the target of Identity.Web's consent and Conditional Access challenges,
/// with <c>scope</c>, <c>loginHint</c>, <c>domainHint</c>, <c>claims</c>) and <c>/authentication/logout</c>.</summary>
internal static class AuthenticationEndpoints
{
    public const string Login = "/authentication/login";
    public const string Logout = "/authentication/logout";

    public static void MapAuthenticationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Login, (HttpRequest request, string? returnUrl, string? scope, string? loginHint, string? domainHint, string? claims) =>
        {
            var items = new Dictionary<string, string?> { ["claims"] = claims };
            var parameters = new Dictionary<string, object?> { ["loginHint"] = loginHint, ["domainHint"] = domainHint };
            var origin = $"{request.Scheme}://{request.Host}";
            var properties = new OAuthChallengeProperties(items, parameters) { RedirectUri = LocalOrHome(returnUrl, origin) };
            if (!string.IsNullOrWhiteSpace(scope))
            {
                // Incremental consent: the extra scopes a Graph call needed.
                properties.Scope = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
            return Results.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
        }).AllowAnonymous();

        // POST with a valid antiforgery token: a link or form elsewhere must not be able to sign an admin out.
        // Checked here because minimal APIs validate antiforgery on their own only for endpoints that bind a form.
        endpoints.MapPost(Logout, async (HttpContext context, IAntiforgery antiforgery) =>
            await antiforgery.IsRequestValidAsync(context)
                ? Results.SignOut(
                    new AuthenticationProperties { RedirectUri = PageRoutes.SignedOut },
                    [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
                : Results.BadRequest());
    }

    /// <summary>Only addresses of this site: an open redirect after sign-in would hand a phishing page a trusted link.
    /// An absolute URL of <paramref name="origin"/> (what Identity.Web's challenge handler sends) becomes its path.</summary>
    internal static string LocalOrHome(string? returnUrl, string? origin = null)
    {
        if (origin is not null && Uri.TryCreate(returnUrl, UriKind.Absolute, out var absolute)
            && string.Equals(absolute.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
        {
            returnUrl = absolute.PathAndQuery;
        }
        return returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : "/";
    }
}
