namespace PolicyPortal.Web.Security;

/// <summary>Who may use the portal (section <c>Authorization</c>). A user needs one of the admin values to change
/// policies, or one of the reader values to browse. A list that is configured replaces its default (the configuration
/// binder would append to a default array, so a wrong default could never be taken out).</summary>
public sealed class PortalAuthorizationOptions
{
    public const string Section = "Authorization";

    /// <summary>App role values (the <c>roles</c> claim) that may create, edit and delete policies.</summary>
    public string[] AdminRoles { get; set; } = [];

    /// <summary>Entra directory role template ids (the <c>wids</c> claim) that may create, edit and delete policies.</summary>
    public string[] AdminDirectoryRoles { get; set; } = [];

    /// <summary>App role values that may browse policies but not submit or delete.</summary>
    public string[] ReaderRoles { get; set; } = [];

    /// <summary>The role names shown to a user who has none of them.</summary>
    public IEnumerable<string> AdminRoleNames =>
        AdminRoles.Concat(AdminDirectoryRoles.Select(id => id == PortalRoles.IdentityGovernanceAdministrator ? "Identity Governance Administrator" : id));

    /// <summary>The section as configured, each list it does not name at its default.</summary>
    public static PortalAuthorizationOptions From(IConfigurationSection section)
    {
        var options = section.Get<PortalAuthorizationOptions>() ?? new();
        string[] Default(string key, string[] configured, string value) => section.GetSection(key).Exists() ? configured : [value];
        options.AdminRoles = Default(nameof(AdminRoles), options.AdminRoles, PortalRoles.Admin);
        options.AdminDirectoryRoles = Default(nameof(AdminDirectoryRoles), options.AdminDirectoryRoles, PortalRoles.IdentityGovernanceAdministrator);
        options.ReaderRoles = Default(nameof(ReaderRoles), options.ReaderRoles, PortalRoles.Reader);
        return options;
    }
}
