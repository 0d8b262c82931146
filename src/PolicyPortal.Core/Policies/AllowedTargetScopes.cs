namespace PolicyPortal.Core.Policies;

/// <summary>Facts about each <see cref="AllowedTargetScope"/> the wizard and the rules share.</summary>
public static class AllowedTargetScopes
{
    private static readonly IReadOnlySet<SubjectKind> None = new HashSet<SubjectKind>();

    /// <summary>The scopes an admin can choose, in the order the Entra portal lists them.</summary>
    public static IReadOnlyList<AllowedTargetScope> Choosable { get; } =
    [
        AllowedTargetScope.SpecificDirectoryUsers,
        AllowedTargetScope.AllMemberUsers,
        AllowedTargetScope.AllDirectoryUsers,
        AllowedTargetScope.SpecificConnectedOrganizationUsers,
        AllowedTargetScope.AllConfiguredConnectedOrganizationUsers,
        AllowedTargetScope.AllExternalUsers,
        AllowedTargetScope.SpecificDirectoryServicePrincipals,
        AllowedTargetScope.AllDirectoryServicePrincipals,
        AllowedTargetScope.AllDirectoryAgentIdentities,
        AllowedTargetScope.NotSpecified,
    ];

    /// <summary><c>specific…</c> scopes list their targets in <c>specificAllowedTargets</c>; the others must leave it empty.</summary>
    public static bool IsSpecific(AllowedTargetScope scope) => scope is AllowedTargetScope.SpecificDirectoryUsers
        or AllowedTargetScope.SpecificConnectedOrganizationUsers or AllowedTargetScope.SpecificDirectoryServicePrincipals;

    /// <summary>Scopes whose requestors come from connected organizations (where sponsors mean something).</summary>
    public static bool IsConnectedOrganization(AllowedTargetScope scope) => scope is AllowedTargetScope.SpecificConnectedOrganizationUsers
        or AllowedTargetScope.AllConfiguredConnectedOrganizationUsers or AllowedTargetScope.AllExternalUsers;

    /// <summary>The subject kinds <c>specificAllowedTargets</c> may hold for <paramref name="scope"/> (empty for non-specific scopes).</summary>
    public static IReadOnlySet<SubjectKind> TargetKinds(AllowedTargetScope scope) => scope switch
    {
        AllowedTargetScope.SpecificDirectoryUsers => DirectoryUserTargets,
        AllowedTargetScope.SpecificConnectedOrganizationUsers => ConnectedOrganizationTargets,
        AllowedTargetScope.SpecificDirectoryServicePrincipals => ServicePrincipalTargets,
        _ => None,
    };

    /// <summary>Plain-language name as in the Entra portal.</summary>
    public static string Title(AllowedTargetScope scope) => scope switch
    {
        AllowedTargetScope.NotSpecified => "None (administrator direct assignments only)",
        AllowedTargetScope.SpecificDirectoryUsers => "Specific users and groups in your directory",
        AllowedTargetScope.SpecificConnectedOrganizationUsers => "Specific connected organizations",
        AllowedTargetScope.SpecificDirectoryServicePrincipals => "Specific service principals",
        AllowedTargetScope.AllMemberUsers => "All members (excluding guests)",
        AllowedTargetScope.AllDirectoryUsers => "All users (including guests)",
        AllowedTargetScope.AllDirectoryServicePrincipals => "All service principals",
        AllowedTargetScope.AllConfiguredConnectedOrganizationUsers => "All configured connected organizations",
        AllowedTargetScope.AllExternalUsers => "All users (all connected organizations and any new external users)",
        AllowedTargetScope.AllDirectoryAgentIdentities => "All agent identities",
        _ => "Unknown scope",
    };

    private static readonly IReadOnlySet<SubjectKind> DirectoryUserTargets =
        new HashSet<SubjectKind> { SubjectKind.User, SubjectKind.Group, SubjectKind.AttributeRule };

    private static readonly IReadOnlySet<SubjectKind> ConnectedOrganizationTargets =
        new HashSet<SubjectKind> { SubjectKind.ConnectedOrganization };

    private static readonly IReadOnlySet<SubjectKind> ServicePrincipalTargets =
        new HashSet<SubjectKind> { SubjectKind.ServicePrincipal };
}
