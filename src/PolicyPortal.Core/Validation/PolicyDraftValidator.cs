using FluentValidation;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Core.Validation;

/// <summary>
/// The service rules of Graph v1.0 access package assignment policies, checked before anything is sent. One
/// FluentValidation rule set per wizard step, named after <see cref="WizardStep.Name"/>; every failure carries the
/// <see cref="PolicyDraft"/> property path of the field to fix. Use <see cref="ValidateStep"/> while editing and
/// <see cref="ValidateDraft"/> on submit. Package-wide rules read a <see cref="PackagePolicyContext"/>.
/// </summary>
public sealed partial class PolicyDraftValidator : AbstractValidator<PolicyDraft>
{
    private const string ContextKey = nameof(PackagePolicyContext);
    private readonly TimeProvider _timeProvider;

    public PolicyDraftValidator(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        RuleSet(WizardStep.Basics.Name, BasicsRules);
        RuleSet(WizardStep.WhoCanRequest.Name, WhoCanRequestRules);
        RuleSet(WizardStep.RequestorOptions.Name, RequestorOptionsRules);
        RuleSet(WizardStep.Approval.Name, ApprovalRules);
        RuleSet(WizardStep.Questions.Name, QuestionRules);
        RuleSet(WizardStep.Lifecycle.Name, LifecycleRules);
        RuleSet(WizardStep.AccessReview.Name, AccessReviewRules);
    }

    /// <summary>The rules of one step (the Review step has none of its own).</summary>
    public PolicyValidationReport ValidateStep(PolicyDraft draft, WizardStep step, PackagePolicyContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(step);
        var validationContext = ValidationContext<PolicyDraft>.CreateWithOptions(draft, options => options.IncludeRuleSets(step.Name));
        validationContext.RootContextData[ContextKey] = context ?? PackagePolicyContext.Empty;
        var result = Validate(validationContext);
        return new PolicyValidationReport([.. result.Errors.Select(failure => new PolicyIssue(failure.PropertyName, failure.ErrorMessage, step))]);
    }

    /// <summary>Every rule of every step: the check to run on submit.</summary>
    public PolicyValidationReport ValidateDraft(PolicyDraft draft, PackagePolicyContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        // One pass over every step's rules (a pass per step costs eight times the allocations on every submit); each
        // issue belongs to the step that edits the field it names.
        var validationContext = ValidationContext<PolicyDraft>.CreateWithOptions(draft, options => options.IncludeRuleSets(RuleSetNames));
        validationContext.RootContextData[ContextKey] = context ?? PackagePolicyContext.Empty;
        return new PolicyValidationReport([.. Validate(validationContext).Errors
            .Select(failure => new PolicyIssue(failure.PropertyName, failure.ErrorMessage, WizardStep.ForPath(failure.PropertyName) ?? WizardStep.Review))
            .OrderBy(issue => issue.Step.Index)]);
    }

    private static readonly string[] RuleSetNames = [.. WizardStep.All.Select(step => step.Name)];

    private static PackagePolicyContext PackageContext(ValidationContext<PolicyDraft> context) =>
        context.RootContextData.TryGetValue(ContextKey, out var value) && value is PackagePolicyContext package
            ? package
            : PackagePolicyContext.Empty;

    /// <summary>A rule that needs the whole draft and reports on paths of its own choosing.</summary>
    private void Check(Action<PolicyDraft, ValidationContext<PolicyDraft>> rule) =>
        RuleFor(draft => draft).Custom(rule);
}
