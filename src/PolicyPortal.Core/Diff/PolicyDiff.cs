using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;

namespace PolicyPortal.Core.Diff;

/// <summary>
/// What an edit changes, field by field and in words, for the confirmation before a PUT. Both drafts are flattened
/// into the same list of fields (<see cref="DiffFields"/>) and compared by path, so a field that did not change never
/// appears and two equal drafts give an empty list.
/// </summary>
public static class PolicyDiff
{
    public static IReadOnlyList<PolicyChange> Compare(PolicyDraft before, PolicyDraft after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = DiffFields.Of(before).ToDictionary(field => field.Path, StringComparer.Ordinal);
        var changes = new List<PolicyChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in DiffFields.Of(after))
        {
            seen.Add(field.Path);
            old.TryGetValue(field.Path, out var previous);
            if (Change(previous, field) is { } change)
            {
                changes.Add(change);
            }
        }

        // Fields that only the old draft has (a removed stage or question), in their original order. Details that went
        // away with their switch (reviews turned off) are not listed: the switch itself is.
        changes.AddRange(DiffFields.Of(before).Where(field => !seen.Contains(field.Path) && !field.Gated).Select(field => Change(field, null)!));
        return changes;
    }

    private static PolicyChange? Change(DiffField? before, DiffField? after)
    {
        var field = after ?? before!;
        if (field.Subjects is not null)
        {
            var oldSubjects = before?.Subjects ?? [];
            var newSubjects = after?.Subjects ?? [];
            var oldIds = oldSubjects.Select(SubjectNames.Identity).ToHashSet(StringComparer.Ordinal);
            var newIds = newSubjects.Select(SubjectNames.Identity).ToHashSet(StringComparer.Ordinal);
            var added = newSubjects.Where(s => !oldIds.Contains(SubjectNames.Identity(s))).Select(SubjectNames.Phrase).ToList();
            var removed = oldSubjects.Where(s => !newIds.Contains(SubjectNames.Identity(s))).Select(SubjectNames.Phrase).ToList();
            var reordered = added.Count == 0 && removed.Count == 0 && before is not null && after is not null
                && !oldSubjects.Select(SubjectNames.Identity).SequenceEqual(newSubjects.Select(SubjectNames.Identity), StringComparer.Ordinal);
            return added.Count == 0 && removed.Count == 0 && !reordered && before is not null && after is not null
                ? null
                : new PolicyChange(field.Path, field.Label, before?.Text, after?.Text) { Added = added, Removed = removed };
        }

        return string.Equals(before?.Text, after?.Text, StringComparison.Ordinal)
            ? null
            : new PolicyChange(field.Path, field.Label, before?.Text, after?.Text);
    }
}
