using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Graph.Policies.Import;

namespace PolicyPortal.Graph.Policies;

/// <summary>How much an import problem matters.</summary>
public enum PolicyJsonProblemSeverity
{
    /// <summary>Imported, but only after a correction PolicyPortal made (and says which).</summary>
    Warning,

    /// <summary>Something in the JSON was not imported (or nothing could be).</summary>
    Error,
}

/// <summary>A located problem in pasted or fetched policy JSON: where (a JSON path such as
/// <c>$.requestApprovalSettings.stages[0].isEscalationEnabled</c>), what is wrong, and how to fix it.</summary>
public sealed record PolicyJsonProblem(string Path, string Message, string Fix, PolicyJsonProblemSeverity Severity)
{
    /// <summary>
    /// Found by comparing what was read with what would be sent, not by a specific check: a change no check foresaw.
    /// Tests hold that schema-valid policies never produce one.
    /// </summary>
    public bool IsUnexplained { get; init; }

    /// <summary>The wizard step that edits what the problem is about, or null for the document as a whole.</summary>
    public WizardStep? Step => JsonPathSteps.StepFor(Path);

    public override string ToString() => $"{Severity} at {Path}: {Message} {Fix}";
}

/// <summary>
/// The result of <see cref="PolicyJson.Parse"/>: the draft (null only when nothing could be read) and every problem
/// found on the way. A draft with problems is still usable: what was wrong was either corrected or left out, as each
/// problem says.
/// </summary>
public sealed record PolicyImportResult(PolicyDraft? Draft, IReadOnlyList<PolicyJsonProblem> Problems)
{
    public bool HasDraft => Draft is not null;

    public bool HasErrors => Problems.Any(problem => problem.Severity == PolicyJsonProblemSeverity.Error);

    /// <summary>Imported with no problem at all.</summary>
    public bool IsClean => Draft is not null && Problems.Count == 0;
}
