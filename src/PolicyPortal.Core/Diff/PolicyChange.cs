namespace PolicyPortal.Core.Diff;

/// <summary>
/// One field that differs between two drafts: its property path (as the validator and wizard use it), a label in
/// plain words ("Stage 1 approvers"), the value before and after in words (null when the field did not exist, e.g.
/// a stage that was added), and for people lists the subjects added and removed, by name.
/// </summary>
public sealed record PolicyChange(string PropertyPath, string Label, string? Before, string? After)
{
    public IReadOnlyList<string> Added { get; init; } = [];

    public IReadOnlyList<string> Removed { get; init; } = [];
}
