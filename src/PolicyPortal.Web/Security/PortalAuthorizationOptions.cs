namespace PolicyPortal.Web.Security;

/// <summary>Who may use the portal (section <c>Authorization</c>). A user needs one of the admin values to change
/// policies, or one of the reader values to browse.</summary>
public sealed class PortalAuthorizationOptions
{
    public const string Section = "Authorization";

    /// <summary>App role values (the <c>roles</c> claim) that may create, edit and delete policies.</summary>
    public string[] AdminRoles { get; set; } = [PortalRoles.Admin];

    /// <summary>Entra directory role template ids (the <c>wids</c> claim) that may create, edit and delete policies.</summary>
    public string[] AdminDirectoryRoles { get; set; } = [PortalRoles.IdentityGovernanceAdministrator];

    /// <summary>App role values that may browse policies but not submit or delete.</summary>
    public string[] ReaderRoles { get; set; } = [PortalRoles.Reader];

    /// <summary>The role names shown to a user who has none of them.</summary>
    public IEnumerable<string> AdminRoleNames =>
        AdminRoles.Concat(AdminDirectoryRoles.Select(id => id == PortalRoles.IdentityGovernanceAdministrator ? "Identity Governance Administrator" : id));
}
