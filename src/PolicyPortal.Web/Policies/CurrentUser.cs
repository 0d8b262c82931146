using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace PolicyPortal.Web.Policies;

/// <summary>Who is signed in, as drafts and the audit log record it.</summary>
public sealed record CurrentUser(string Id, string DisplayName)
{
    // Entra's object id is stable across apps and sessions; "sub" (NameIdentifier) is the fallback elsewhere.
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static async Task<CurrentUser> FromAsync(AuthenticationStateProvider authentication)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var id = user.FindFirstValue(ObjectIdClaim) ?? user.FindFirstValue("oid") ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The signed-in user has no id claim.");
        return new CurrentUser(id, user.Identity?.Name ?? id);
    }
}
