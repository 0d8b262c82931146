using System.Globalization;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Core.Policies;

/// <summary>What each <see cref="SubjectKind"/> carries and how it reads in plain words.</summary>
public static class SubjectKinds
{
    /// <summary>Kinds identified by an object id (user, group, service principal, connected organization).</summary>
    public static bool HasObjectId(SubjectKind kind) => DirectoryKinds.ContainsKey(kind);

    /// <summary>The kinds that are directory objects, and the directory's name for each: what the picker searches.</summary>
    public static IReadOnlyDictionary<SubjectKind, DirectoryObjectKind> DirectoryKinds { get; } = new Dictionary<SubjectKind, DirectoryObjectKind>
    {
        [SubjectKind.User] = DirectoryObjectKind.User,
        [SubjectKind.Group] = DirectoryObjectKind.Group,
        [SubjectKind.ServicePrincipal] = DirectoryObjectKind.ServicePrincipal,
        [SubjectKind.ConnectedOrganization] = DirectoryObjectKind.ConnectedOrganization,
    };

    /// <summary>Kinds with a manager level, and the levels Graph accepts.</summary>
    public static (int Min, int Max)? ManagerLevelRange(SubjectKind kind) => kind switch
    {
        SubjectKind.RequestorManager => (1, 2),
        SubjectKind.TargetManager => (1, 4),
        _ => null,
    };

    /// <summary>
    /// Approvers that may not resolve to anyone (no manager, no sponsor): Graph asks for a fallback approver beside them.
    /// </summary>
    public static bool NeedsFallback(SubjectKind kind) => kind is SubjectKind.RequestorManager
        or SubjectKind.InternalSponsors or SubjectKind.ExternalSponsors or SubjectKind.TargetUserSponsors;

    /// <summary>Sponsors of a connected organization: only meaningful for requestors from connected organizations.</summary>
    public static bool IsConnectedOrganizationSponsor(SubjectKind kind) =>
        kind is SubjectKind.InternalSponsors or SubjectKind.ExternalSponsors;

    /// <summary>Short plain-language title of a kind, for pickers.</summary>
    public static string Title(SubjectKind kind) => kind switch
    {
        SubjectKind.User => "Specific user",
        SubjectKind.Group => "Members of a group",
        SubjectKind.ServicePrincipal => "Service principal",
        SubjectKind.ConnectedOrganization => "Users of a connected organization",
        SubjectKind.RequestorManager => "Requestor's manager",
        SubjectKind.InternalSponsors => "Internal sponsors",
        SubjectKind.ExternalSponsors => "External sponsors",
        SubjectKind.TargetUserSponsors => "The user's sponsors",
        SubjectKind.TargetManager => "The user's manager",
        SubjectKind.TargetApplicationOwners => "Application owners",
        SubjectKind.AttributeRule => "Users matching a rule",
        SubjectKind.TargetAgentIdentitySponsorsOrOwners => "Agent identity sponsors or owners",
        _ => kind.ToString(),
    };

    /// <summary>Plain description of a subject without its display name, e.g. "Requestor's manager (level 2)".</summary>
    public static string Describe(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var title = Title(subject.Kind);
        if (subject.ManagerLevel is { } level && ManagerLevelRange(subject.Kind) is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{title} (level {level})");
        }

        if (subject.Kind == SubjectKind.AttributeRule && !string.IsNullOrEmpty(subject.MembershipRule))
        {
            return $"{title}: {subject.MembershipRule}";
        }

        return HasObjectId(subject.Kind) && !string.IsNullOrEmpty(subject.ObjectId) ? $"{title} {subject.ObjectId}" : title;
    }
}
