namespace PolicyPortal.Web.Security;

/// <summary>Security headers on every response. The CSP is as tight as Blazor Server and MudBlazor allow:
/// scripts only from this origin (no inline, no eval), the circuit's WebSocket, and inline styles, which MudBlazor's
/// components set as style attributes. Forms post to this origin, and in tenant mode on to the sign-in authority:
/// sign-out is a form whose answer redirects to Entra ID's end-session endpoint, and Chromium applies
/// <c>form-action</c> to that redirect too.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, SignInAuthority? authority = null)
{
    private readonly string _contentSecurityPolicy = ContentSecurityPolicyFor(authority?.Origin);

    internal static string ContentSecurityPolicyFor(string? signInOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + $"connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'{(signInOrigin is null ? "" : " " + signInOrigin)}; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
