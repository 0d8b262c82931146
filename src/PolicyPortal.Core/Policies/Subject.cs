namespace PolicyPortal.Core.Policies;

/// <summary>
/// One principal (or rule for principals) in a policy slot. Ids are what Graph stores; <see cref="DisplayName"/>
/// and <see cref="Detail"/> (mail or UPN) are kept beside them so the wizard and summary show names, not GUIDs.
/// Which members matter depends on <see cref="Kind"/> (see <see cref="SubjectKinds"/>).
/// </summary>
public sealed class Subject
{
    public Subject()
    {
    }

    public Subject(SubjectKind kind) => Kind = kind;

    public SubjectKind Kind { get; set; }

    /// <summary>Object id of the user, group, service principal or connected organization.</summary>
    public string? ObjectId { get; set; }

    /// <summary>Manager level: 1–2 for <see cref="SubjectKind.RequestorManager"/>, 1–4 for <see cref="SubjectKind.TargetManager"/>.</summary>
    public int? ManagerLevel { get; set; }

    /// <summary>Dynamic membership rule of an <see cref="SubjectKind.AttributeRule"/>, e.g. <c>(user.department -eq "Sales")</c>.</summary>
    public string? MembershipRule { get; set; }

    /// <summary>
    /// Name shown to the admin. For an attribute rule this is the rule's description, which Graph stores;
    /// for the other kinds it is display-only (Graph's <c>description</c> there is read-only).
    /// </summary>
    public string? DisplayName { get; set; }

    /// <summary>Secondary text for the picker and summary: mail or user principal name.</summary>
    public string? Detail { get; set; }

    public static Subject User(string userId, string? displayName = null, string? detail = null) =>
        new(SubjectKind.User) { ObjectId = userId, DisplayName = displayName, Detail = detail };

    public static Subject Group(string groupId, string? displayName = null, string? detail = null) =>
        new(SubjectKind.Group) { ObjectId = groupId, DisplayName = displayName, Detail = detail };

    public static Subject ServicePrincipal(string servicePrincipalId, string? displayName = null, string? detail = null) =>
        new(SubjectKind.ServicePrincipal) { ObjectId = servicePrincipalId, DisplayName = displayName, Detail = detail };

    public static Subject ConnectedOrganization(string connectedOrganizationId, string? displayName = null) =>
        new(SubjectKind.ConnectedOrganization) { ObjectId = connectedOrganizationId, DisplayName = displayName };

    public static Subject RequestorManager(int managerLevel = 1) =>
        new(SubjectKind.RequestorManager) { ManagerLevel = managerLevel };

    public static Subject TargetManager(int managerLevel = 1) =>
        new(SubjectKind.TargetManager) { ManagerLevel = managerLevel };

    public static Subject AttributeRule(string membershipRule, string? description = null) =>
        new(SubjectKind.AttributeRule) { MembershipRule = membershipRule, DisplayName = description };

    public static Subject InternalSponsors() => new(SubjectKind.InternalSponsors);

    public static Subject ExternalSponsors() => new(SubjectKind.ExternalSponsors);

    public static Subject TargetUserSponsors() => new(SubjectKind.TargetUserSponsors);

    public static Subject TargetApplicationOwners() => new(SubjectKind.TargetApplicationOwners);

    public static Subject TargetAgentIdentitySponsorsOrOwners() => new(SubjectKind.TargetAgentIdentitySponsorsOrOwners);

    /// <summary>A copy that shares nothing with this subject (drafts are cloned from templates and imports).</summary>
    public Subject Clone() => (Subject)MemberwiseClone();

    /// <summary>Name for lists and the summary: the display name, else a description of the kind, else the id.</summary>
    public override string ToString() => DisplayName ?? SubjectKinds.Describe(this);
}
