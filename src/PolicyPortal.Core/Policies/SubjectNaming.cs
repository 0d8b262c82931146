using PolicyPortal.Core.Ports;

namespace PolicyPortal.Core.Policies;

/// <summary>Names for a draft's subjects that carry only an id: which ids to look up in the directory, and the found
/// names put back, so chips and the summary say "Adele Vance" rather than a GUID.</summary>
public static class SubjectNaming
{
    /// <summary>Every user, group, service principal and connected organization in the draft without a name, once each
    /// (ids in lower case, as Graph writes them).</summary>
    public static IReadOnlyList<DirectoryObjectId> Unnamed(PolicyDraft draft) => Ids(AllSubjects(draft).Where(s => string.IsNullOrWhiteSpace(s.DisplayName)));

    /// <summary>Every user, group, service principal and connected organization the draft holds, once each (ids in lower case).</summary>
    public static IReadOnlyList<DirectoryObjectId> DirectoryObjects(PolicyDraft draft) => Ids(AllSubjects(draft));

    private static IReadOnlyList<DirectoryObjectId> Ids(IEnumerable<Subject> subjects) =>
        [.. subjects
            .Where(s => !string.IsNullOrWhiteSpace(s.ObjectId) && SubjectKinds.HasObjectId(s.Kind))
            .Select(s => new DirectoryObjectId(s.Kind, s.ObjectId!.Trim().ToLowerInvariant()))
            .Distinct()];

    /// <summary>Gives each unnamed subject the name of the entry with its kind and id; returns how many were named.</summary>
    public static int Apply(PolicyDraft draft, IReadOnlyList<DirectoryEntry> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var entries = found
            .GroupBy(e => (e.Kind, Id: e.Id.ToUpperInvariant()))
            .ToDictionary(g => g.Key, g => g.First());
        var named = 0;
        foreach (var subject in AllSubjects(draft).Where(s => string.IsNullOrWhiteSpace(s.DisplayName) && s.ObjectId is not null && SubjectKinds.HasObjectId(s.Kind)))
        {
            if (entries.TryGetValue((subject.Kind, subject.ObjectId!.Trim().ToUpperInvariant()), out var entry))
            {
                subject.DisplayName = entry.DisplayName;
                subject.Detail ??= entry.Detail;
                named++;
            }
        }
        return named;
    }

    /// <summary>The name of every id the policy holds (its package, people, groups, organizations and custom extensions),
    /// ids in lower case: what an exported policy keeps beside its body, so another tenant can match by name.</summary>
    public static IReadOnlyDictionary<string, string> Names(PolicyDraft draft)
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string? id, string? name)
        {
            if (!string.IsNullOrWhiteSpace(id) && !string.IsNullOrWhiteSpace(name))
            {
                names.TryAdd(id.Trim().ToLowerInvariant(), name);
            }
        }
        Add(draft.AccessPackage.Id, draft.AccessPackage.DisplayName);
        foreach (var subject in AllSubjects(draft).Where(s => SubjectKinds.HasObjectId(s.Kind)))
        {
            Add(subject.ObjectId, subject.DisplayName);
        }
        foreach (var setting in draft.CustomExtensionStageSettings)
        {
            Add(setting.CustomExtensionId, setting.CustomExtensionDisplayName);
        }
        return names;
    }

    private static IEnumerable<Subject> AllSubjects(PolicyDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.SpecificAllowedTargets
            .Concat(draft.RequestorSettings.OnBehalfRequestors)
            .Concat(draft.RequestApproval.Stages.SelectMany(stage => stage.PrimaryApprovers
                .Concat(stage.FallbackPrimaryApprovers)
                .Concat(stage.EscalationApprovers)
                .Concat(stage.FallbackEscalationApprovers)))
            .Concat(draft.ReviewSettings.PrimaryReviewers)
            .Concat(draft.ReviewSettings.FallbackReviewers);
    }
}
