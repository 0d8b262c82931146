using PolicyPortal.Web.Data.Drafts;

namespace PolicyPortal.Web.Policies;

/// <summary>How a wizard run begins, as its route says: the session loads the draft accordingly.</summary>
public abstract record WizardStart
{
    /// <summary>A new policy, optionally for a package and from a template (the links on the home and package pages).</summary>
    public sealed record NewPolicy(string? PackageId, string? TemplateKey) : WizardStart;

    /// <summary>An existing policy, replaced as a whole when submitted.</summary>
    public sealed record EditPolicy(string PolicyId) : WizardStart;

    /// <summary>A new policy that starts as a copy of an existing one.</summary>
    public sealed record ClonePolicy(string PolicyId) : WizardStart;

    /// <summary>A saved draft, in the mode it was started in.</summary>
    public sealed record ResumeDraft(Guid DraftId) : WizardStart;

    /// <summary>The mode a draft begun this way has; a resumed draft's record knows its own.</summary>
    internal DraftMode Mode => this switch
    {
        EditPolicy => DraftMode.Edit,
        ClonePolicy => DraftMode.Clone,
        _ => DraftMode.Create,
    };

    internal string? SourcePolicyId => this switch
    {
        EditPolicy edit => edit.PolicyId,
        ClonePolicy clone => clone.PolicyId,
        _ => null,
    };
}
