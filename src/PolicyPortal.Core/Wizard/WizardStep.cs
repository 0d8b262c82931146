using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Wizard;

/// <summary>
/// One page of the policy wizard. <see cref="Name"/> is stable kebab-case (used for
/// <c>data-testid="wizard-step-&lt;name&gt;"</c> and as the validator's rule set name); <see cref="Fields"/> are the
/// <see cref="Policies.PolicyDraft"/> property paths the step edits.
/// </summary>
public sealed class WizardStep
{
    private WizardStep(int index, string name, string title, params string[] fields)
    {
        Index = index;
        Name = name;
        Title = title;
        Fields = fields;
    }

    public static WizardStep Basics { get; } = new(0, "basics", "Basics", PolicyPaths.DisplayName, PolicyPaths.Description, PolicyPaths.AccessPackage);

    public static WizardStep WhoCanRequest { get; } = new(1, "who-can-request", "Who can request",
        PolicyPaths.AllowedTargetScope, PolicyPaths.SpecificAllowedTargets, PolicyPaths.AutomaticRequestSettings);

    public static WizardStep RequestorOptions { get; } = new(2, "requestor-options", "Requestor options", PolicyPaths.RequestorSettings);

    public static WizardStep Approval { get; } = new(3, "approval", "Approval", PolicyPaths.RequestApproval);

    public static WizardStep Questions { get; } = new(4, "questions", "Questions", PolicyPaths.Questions);

    public static WizardStep Lifecycle { get; } = new(5, "lifecycle", "Lifecycle",
        PolicyPaths.Expiration, PolicyPaths.CustomExtensionStageSettings, PolicyPaths.NotificationSettings);

    public static WizardStep AccessReview { get; } = new(6, "access-review", "Access review", PolicyPaths.ReviewSettings);

    public static WizardStep Review { get; } = new(7, "review", "Review and submit");

    /// <summary>All steps in wizard order.</summary>
    public static IReadOnlyList<WizardStep> All { get; } =
        [Basics, WhoCanRequest, RequestorOptions, Approval, Questions, Lifecycle, AccessReview, Review];

    public int Index { get; }

    public string Name { get; }

    public string Title { get; }

    /// <summary>Top-level <see cref="Policies.PolicyDraft"/> members edited on this step.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The step that edits <paramref name="propertyPath"/> (e.g. <c>RequestApproval.Stages[0].PrimaryApprovers</c> → Approval).</summary>
    public static WizardStep? ForPath(string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(propertyPath);
        var head = propertyPath.Split('.', '[')[0];
        return All.FirstOrDefault(step => step.Fields.Contains(head, StringComparer.Ordinal));
    }

    public static WizardStep? FromName(string name) => All.FirstOrDefault(step => step.Name == name);

    public override string ToString() => Name;
}
