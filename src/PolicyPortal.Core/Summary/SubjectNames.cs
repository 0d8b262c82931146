using System.Globalization;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Summary;

/// <summary>
/// How a subject reads inside a sentence ("members of Finance Approvers", "the requestor's manager"). A subject whose
/// name was never resolved is named by its kind and flagged with its id, so nobody mistakes a GUID for a person.
/// </summary>
public static class SubjectNames
{
    /// <summary>The subject as a phrase, e.g. "Patti Fernandez", "members of the group Sales Team".</summary>
    public static string Phrase(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var name = string.IsNullOrWhiteSpace(subject.DisplayName) ? null : subject.DisplayName.Trim();
        return subject.Kind switch
        {
            SubjectKind.User => name ?? Unresolved("a user", subject),
            SubjectKind.Group => name is null ? "members of " + Unresolved("a group", subject) : $"members of {name}",
            SubjectKind.ServicePrincipal => name is null ? Unresolved("a service principal", subject) : $"the service principal {name}",
            SubjectKind.ConnectedOrganization => name is null ? "users of " + Unresolved("a connected organization", subject) : $"users of {name}",
            SubjectKind.RequestorManager => subject.ManagerLevel is > 1 ? "the requestor's second-level manager" : "the requestor's manager",
            SubjectKind.TargetManager => subject.ManagerLevel is > 1
                ? string.Create(CultureInfo.InvariantCulture, $"the user's level {subject.ManagerLevel} manager")
                : "the user's manager",
            SubjectKind.InternalSponsors => "the internal sponsors of the requestor's connected organization",
            SubjectKind.ExternalSponsors => "the external sponsors of the requestor's connected organization",
            SubjectKind.TargetUserSponsors => "the requestor's own sponsors",
            SubjectKind.TargetApplicationOwners => "the owners of the application",
            SubjectKind.TargetAgentIdentitySponsorsOrOwners => "the sponsors or owners of the agent identity",
            SubjectKind.AttributeRule => name is null
                ? $"users matching the rule {subject.MembershipRule}"
                : $"{name} (users matching {subject.MembershipRule})",
            _ => SubjectKinds.Describe(subject),
        };
    }

    /// <summary>Phrases joined for a sentence: "A", "A and B", "A, B and C"; "nobody" when empty.</summary>
    public static string Join(IEnumerable<Subject> subjects) => JoinPhrases(subjects.Select(Phrase).ToList(), "nobody");

    /// <summary>Plain list joining: "A", "A and B", "A, B and C".</summary>
    public static string JoinPhrases(IReadOnlyList<string> phrases, string whenEmpty = "none") => phrases.Count switch
    {
        0 => whenEmpty,
        1 => phrases[0],
        _ => string.Join(", ", phrases.Take(phrases.Count - 1)) + " and " + phrases[^1],
    };

    /// <summary>What identifies the subject regardless of its display name (to tell added from removed subjects).</summary>
    public static string Identity(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return string.Create(CultureInfo.InvariantCulture,
            $"{subject.Kind}|{subject.ObjectId?.ToUpperInvariant()}|{subject.ManagerLevel}|{subject.MembershipRule}");
    }

    private static string Unresolved(string kind, Subject subject) =>
        string.IsNullOrEmpty(subject.ObjectId) ? $"{kind} (no id chosen)" : $"{kind} (unresolved id {subject.ObjectId})";
}
