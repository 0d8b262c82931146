namespace PolicyPortal.Web.Security;

/// <summary>Well-known role values. The ones a deployment accepts are configured in <see cref="PortalAuthorizationOptions"/>.</summary>
public static class PortalRoles
{
    /// <summary>The app role that may create, edit and delete policies.</summary>
    public const string Admin = "PolicyPortal.Admin";

    /// <summary>The app role that may browse but not change anything.</summary>
    public const string Reader = "PolicyPortal.Reader";

    /// <summary>Entra's Identity Governance Administrator directory role (template id, sent in the <c>wids</c> claim).</summary>
    public const string IdentityGovernanceAdministrator = "ac16e43d-7b2d-40e0-ac05-243ff356ab5b";
}
