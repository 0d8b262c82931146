using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Core.Validation;

/// <summary>One broken rule: the draft property path it belongs to, a message saying what is wrong and how to fix it, and its step.</summary>
public sealed record PolicyIssue(string PropertyPath, string Message, WizardStep Step);

/// <summary>The issues of one wizard step, for the Review page.</summary>
public sealed record StepIssues(WizardStep Step, IReadOnlyList<PolicyIssue> Issues);

/// <summary>The outcome of validating a draft (one step or all of it).</summary>
public sealed class PolicyValidationReport
{
    public PolicyValidationReport(IReadOnlyList<PolicyIssue> issues) => Issues = issues;

    public static PolicyValidationReport Valid { get; } = new([]);

    public IReadOnlyList<PolicyIssue> Issues { get; }

    public bool IsValid => Issues.Count == 0;

    /// <summary>Messages attached exactly to <paramref name="propertyPath"/>.</summary>
    public IEnumerable<string> MessagesFor(string propertyPath) =>
        Issues.Where(issue => issue.PropertyPath == propertyPath).Select(issue => issue.Message);

    /// <summary>Issues on <paramref name="propertyPath"/> or anything inside it (e.g. a slot and its entries).</summary>
    public IEnumerable<PolicyIssue> Within(string propertyPath) => Issues.Where(issue =>
        issue.PropertyPath == propertyPath
        || (issue.PropertyPath.StartsWith(propertyPath, StringComparison.Ordinal)
            && issue.PropertyPath.Length > propertyPath.Length
            && issue.PropertyPath[propertyPath.Length] is '.' or '['));

    /// <summary>Issues grouped by step, in wizard order; steps without issues are left out.</summary>
    public IReadOnlyList<StepIssues> ByStep => Issues
        .GroupBy(issue => issue.Step)
        .OrderBy(group => group.Key.Index)
        .Select(group => new StepIssues(group.Key, [.. group]))
        .ToList();
}
