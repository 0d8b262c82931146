using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace PolicyPortal.Web.Security;

/// <summary>The authorization policies every page and action uses.</summary>
public static class PortalPolicies
{
    /// <summary>May create, edit and delete policies.</summary>
    public const string Admin = "PortalAdmin";

    /// <summary>May browse (admins may too).</summary>
    public const string Reader = "PortalReader";

    private const string DirectoryRoleClaim = "wids";
    private const string AppRoleClaim = "roles";

    public static void Add(AuthorizationOptions authorization, PortalAuthorizationOptions roles)
    {
        authorization.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => IsAdmin(context.User, roles)));
        authorization.AddPolicy(Reader, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
            IsAdmin(context.User, roles) || HasAppRole(context.User, roles.ReaderRoles)));
        // Anything not marked otherwise needs at least a signed-in user.
        authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    private static bool IsAdmin(ClaimsPrincipal user, PortalAuthorizationOptions roles) =>
        HasAppRole(user, roles.AdminRoles)
        || user.FindAll(DirectoryRoleClaim).Any(claim => roles.AdminDirectoryRoles.Contains(claim.Value, StringComparer.OrdinalIgnoreCase));

    // Entra sends app roles as "roles"; whether they are also mapped to ClaimTypes.Role depends on the token handler.
    private static bool HasAppRole(ClaimsPrincipal user, IEnumerable<string> allowed) =>
        allowed.Any(role => user.IsInRole(role) || user.HasClaim(AppRoleClaim, role));
}
