using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;

namespace PolicyPortal.Core.Lint;

/// <summary>
/// Who a request policy lets request, to tell when two policies compete for the same people. Two populations overlap
/// when (1) both have the same broad scope, (2) one broad scope contains the other's (all users ⊇ members ⊇ specific
/// directory users; all external users ⊇ configured connected organizations ⊇ specific ones; all service principals ⊇
/// specific ones), or (3) both are specific and list the same user, group, service principal, organization or rule.
/// Direct-assignment (nobody requests) and auto-assignment policies have no requestors and never overlap.
/// </summary>
internal static class Populations
{
    public static bool TakesRequests(PolicyDraft policy) =>
        !policy.IsAutoAssignment && policy.AllowedTargetScope is not (AllowedTargetScope.NotSpecified or AllowedTargetScope.UnknownFutureValue);

    /// <summary>Why the two populations overlap, in words, or null when they don't.</summary>
    public static string? Overlap(PolicyDraft a, PolicyDraft b)
    {
        if (!TakesRequests(a) || !TakesRequests(b))
        {
            return null;
        }

        if (a.AllowedTargetScope == b.AllowedTargetScope && !AllowedTargetScopes.IsSpecific(a.AllowedTargetScope))
        {
            return $"both let {Lower(AllowedTargetScopes.Title(a.AllowedTargetScope))} request";
        }

        if (Contains(a.AllowedTargetScope, b.AllowedTargetScope) || Contains(b.AllowedTargetScope, a.AllowedTargetScope))
        {
            var (wide, narrow) = Contains(a.AllowedTargetScope, b.AllowedTargetScope) ? (a, b) : (b, a);
            return $"\"{Lower(AllowedTargetScopes.Title(wide.AllowedTargetScope))}\" includes \"{Lower(AllowedTargetScopes.Title(narrow.AllowedTargetScope))}\"";
        }

        if (a.AllowedTargetScope == b.AllowedTargetScope)
        {
            var shared = a.SpecificAllowedTargets
                .Where(target => b.SpecificAllowedTargets.Any(other => SubjectNames.Identity(other) == SubjectNames.Identity(target)))
                .Select(SubjectNames.Phrase)
                .ToList();
            return shared.Count == 0 ? null : $"both list {SubjectNames.JoinPhrases(shared)}";
        }

        return null;
    }

    private static bool Contains(AllowedTargetScope wide, AllowedTargetScope narrow) => (wide, narrow) switch
    {
        (AllowedTargetScope.AllDirectoryUsers, AllowedTargetScope.AllMemberUsers or AllowedTargetScope.SpecificDirectoryUsers) => true,
        (AllowedTargetScope.AllMemberUsers, AllowedTargetScope.SpecificDirectoryUsers) => true,
        (AllowedTargetScope.AllExternalUsers, AllowedTargetScope.AllConfiguredConnectedOrganizationUsers or AllowedTargetScope.SpecificConnectedOrganizationUsers) => true,
        (AllowedTargetScope.AllConfiguredConnectedOrganizationUsers, AllowedTargetScope.SpecificConnectedOrganizationUsers) => true,
        (AllowedTargetScope.AllDirectoryServicePrincipals, AllowedTargetScope.SpecificDirectoryServicePrincipals) => true,
        _ => false,
    };

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
