namespace PolicyPortal.Web.Data.Drafts;

/// <summary>Where a draft is in its one-way trip to Graph.</summary>
public enum DraftState
{
    /// <summary>Being edited; may be saved, discarded or submitted.</summary>
    Draft,

    /// <summary>A submit holds it; the outcome is not known yet. Nobody else may submit or edit it.</summary>
    Submitting,

    /// <summary>Graph accepted it; <see cref="DraftRecord.SubmittedPolicyId"/> names the policy.</summary>
    Submitted,
}
