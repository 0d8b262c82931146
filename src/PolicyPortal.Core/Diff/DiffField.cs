using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Diff;

/// <summary>A field of a draft as the diff compares it: its text, and for people lists the subjects themselves.</summary>
internal sealed record DiffField(string Path, string Label, string Text, IReadOnlyList<Subject>? Subjects = null);
