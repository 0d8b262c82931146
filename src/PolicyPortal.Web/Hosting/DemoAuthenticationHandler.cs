using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Hosting;

/// <summary>Signs every request in as the sandbox tenant's admin. Registered in demo mode only.</summary>
public sealed class DemoAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Demo";
    public const string DisplayName = "Avery Demo (demo admin)";
    public const string UserId = "demo-admin";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, UserId),
                new Claim("name", DisplayName),
                new Claim(ClaimTypes.Name, DisplayName),
                new Claim(ClaimTypes.Role, PortalRoles.Admin),
            ],
            SchemeName,
            "name",
            ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
