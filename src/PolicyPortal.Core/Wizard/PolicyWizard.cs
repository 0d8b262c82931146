using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Validation;

namespace PolicyPortal.Core.Wizard;

/// <summary>
/// The wizard's state and rules, without any UI: it owns the <see cref="PolicyDraft"/>, knows the ordered
/// <see cref="WizardStep.All"/> steps and the current one, moves forward only when the current step is valid, moves
/// back freely, and lists every issue grouped by step for the Review page. Components ask it; they don't re-implement it.
/// </summary>
public sealed class PolicyWizard
{
    private readonly PolicyDraftValidator _validator;
    private WizardStep _currentStep = WizardStep.Basics;
    private HashSet<PolicyIssue> _laterIssuesOnArrival = [];

    public PolicyWizard(PolicyDraftValidator validator, PolicyDraft? draft = null, PackagePolicyContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        _validator = validator;
        Draft = draft ?? new PolicyDraft();
        Context = context ?? PackagePolicyContext.Empty;
        _laterIssuesOnArrival = [.. LaterIssues()];
    }

    public PolicyDraft Draft { get; private set; }

    /// <summary>The package's other policies, for package-wide rules; set it when the access package is chosen.</summary>
    public PackagePolicyContext Context { get; set; }

    public WizardStep CurrentStep
    {
        get => _currentStep;
        private set
        {
            _currentStep = value;
            _laterIssuesOnArrival = [.. LaterIssues()];
        }
    }

    public bool IsFirstStep => CurrentStep.Index == 0;

    public bool IsLastStep => CurrentStep.Index == WizardStep.All.Count - 1;

    /// <summary>Issues of the current step (what blocks <see cref="TryGoForward"/>).</summary>
    public PolicyValidationReport ValidateCurrentStep() => _validator.ValidateStep(Draft, CurrentStep, Context);

    /// <summary>Issues of <paramref name="step"/>.</summary>
    public PolicyValidationReport Validate(WizardStep step) => _validator.ValidateStep(Draft, step, Context);

    /// <summary>Every issue of the whole draft (submit), grouped by step via <see cref="PolicyValidationReport.ByStep"/>.</summary>
    public PolicyValidationReport ValidateAll() => _validator.ValidateDraft(Draft, Context);

    /// <summary>Issues on later steps that edits made here brought in since the admin arrived at this step (a scope
    /// change that rules out the chosen approvers): told on the step where they happen, not only when the admin gets
    /// there. Issues the later steps already had are not repeated.</summary>
    public IReadOnlyList<PolicyIssue> KnockOnIssues() => [.. LaterIssues().Where(issue => !_laterIssuesOnArrival.Contains(issue))];

    private IEnumerable<PolicyIssue> LaterIssues() => ValidateAll().Issues.Where(issue => issue.Step.Index > CurrentStep.Index);

    /// <summary>Moves to the next step if the current one is valid; otherwise stays and returns the blocking issues.</summary>
    public PolicyValidationReport TryGoForward()
    {
        var report = ValidateCurrentStep();
        if (report.IsValid && !IsLastStep)
        {
            CurrentStep = WizardStep.All[CurrentStep.Index + 1];
        }

        return report;
    }

    /// <summary>Moves to the previous step; always allowed (nothing is lost, nothing is checked).</summary>
    public void GoBack()
    {
        if (!IsFirstStep)
        {
            CurrentStep = WizardStep.All[CurrentStep.Index - 1];
        }
    }

    /// <summary>
    /// Jumps to <paramref name="target"/>. Going back is always allowed; going forward only when every step from the
    /// current one up to (not including) the target is valid. Returns the issues that blocked the jump (empty on success);
    /// when blocked, the wizard stops at the first invalid step so the admin sees what to fix.
    /// </summary>
    public PolicyValidationReport GoTo(WizardStep target)
    {
        ArgumentNullException.ThrowIfNull(target);
        while (CurrentStep.Index < target.Index)
        {
            var report = TryGoForward();
            if (!report.IsValid)
            {
                return report;
            }
        }

        CurrentStep = target;
        return PolicyValidationReport.Valid;
    }

    /// <summary>Replaces the draft (template chosen, JSON imported, policy opened for edit) and starts over at Basics.</summary>
    public void Load(PolicyDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Draft = draft;
        CurrentStep = WizardStep.Basics;
    }
}
