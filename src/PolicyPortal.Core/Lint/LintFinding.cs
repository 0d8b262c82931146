using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Core.Lint;

/// <summary>How much a finding matters.</summary>
public enum LintSeverity
{
    /// <summary>Worth knowing; the policy works as intended.</summary>
    Info,

    /// <summary>Likely to surprise someone (access granted or kept that nobody meant to).</summary>
    Warning,

    /// <summary>Graph will refuse it or requests will get stuck.</summary>
    Error,
}

/// <summary>
/// One lint finding: the rule, the policy it is about (null for package-wide findings), why it matters, and where to
/// fix it (the wizard step and the draft property path, as the validator reports them).
/// </summary>
public sealed record LintFinding(
    LintSeverity Severity,
    string RuleId,
    string? PolicyId,
    string? PolicyName,
    string Message,
    WizardStep Step,
    string PropertyPath);
