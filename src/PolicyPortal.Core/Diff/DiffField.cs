using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Diff;

/// <summary>
/// A field of a draft as the diff compares it: its text, and for people lists the subjects themselves.
/// <see cref="Gated"/> fields exist only while a switch is on (review details, escalation, auto-assignment).
/// </summary>
internal sealed record DiffField(string Path, string Label, string Text, IReadOnlyList<Subject>? Subjects = null)
{
    public bool Gated { get; init; }
}
