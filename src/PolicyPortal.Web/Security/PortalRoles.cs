namespace PolicyPortal.Web.Security;

/// <summary>Well-known role values. The ones a deployment accepts are configured in <see cref="PortalAuthorizationOptions"/>.</summary>
public static class PortalRoles
{
    /// <summary>The app role that may create, edit and delete policies.</summary>
    public const string Admin = "PolicyPortal.Admin";

    /// <summary>The app role that may browse but not change anything.</summary>
    public const string Reader = "PolicyPortal.Reader";

    /// <summary>Entra's Identity Governance Administrator directory role (template id, sent in the <c>wids</c> claim).
    /// Source: https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference</summary>
    public const string IdentityGovernanceAdministrator = "45d8d3c5-c802-45c6-b32a-1d70b5e1e86e";
}
