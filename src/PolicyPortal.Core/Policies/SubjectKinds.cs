using System.Globalization;

namespace PolicyPortal.Core.Policies;

/// <summary>What each <see cref="SubjectKind"/> carries and how it reads in plain words.</summary>
public static class SubjectKinds
{
    // One row per kind: its plain-language title and, for the kinds that are directory objects (found by name or id in
    // the directory), the directory's name for the object, as the picker shows it.
    private static readonly Dictionary<SubjectKind, (string Title, string? ObjectName)> Labels = new()
    {
        [SubjectKind.User] = ("Specific user", "User"),
        [SubjectKind.Group] = ("Members of a group", "Group"),
        [SubjectKind.ServicePrincipal] = ("Service principal", "Service principal"),
        [SubjectKind.ConnectedOrganization] = ("Users of a connected organization", "Connected organization"),
        [SubjectKind.RequestorManager] = ("Requestor's manager", null),
        [SubjectKind.InternalSponsors] = ("Internal sponsors", null),
        [SubjectKind.ExternalSponsors] = ("External sponsors", null),
        [SubjectKind.TargetUserSponsors] = ("The user's sponsors", null),
        [SubjectKind.TargetManager] = ("The user's manager", null),
        [SubjectKind.TargetApplicationOwners] = ("Application owners", null),
        [SubjectKind.AttributeRule] = ("Users matching a rule", null),
        [SubjectKind.TargetAgentIdentitySponsorsOrOwners] = ("Agent identity sponsors or owners", null),
    };

    /// <summary>The kinds that are directory objects (user, group, service principal, connected organization), in enum
    /// order: what the picker searches and what <see cref="Ports.IDirectoryNames"/> looks up by id.</summary>
    public static IReadOnlyList<SubjectKind> DirectoryObjectKinds { get; } = [.. Enum.GetValues<SubjectKind>().Where(HasObjectId)];

    /// <summary>Kinds that are directory objects, identified by an object id (user, group, service principal, connected organization).</summary>
    public static bool HasObjectId(SubjectKind kind) => Labels.TryGetValue(kind, out var labels) && labels.ObjectName is not null;

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
    public static string Title(SubjectKind kind) => Labels.TryGetValue(kind, out var labels) ? labels.Title : kind.ToString();

    /// <summary>The directory's name for a directory object of this kind ("User", "Group", "Service principal",
    /// "Connected organization"), e.g. beside a search result; other kinds read as their <see cref="Title"/>.</summary>
    public static string ObjectName(SubjectKind kind) =>
        Labels.TryGetValue(kind, out var labels) && labels.ObjectName is { } name ? name : Title(kind);

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
