namespace PolicyPortal.Web.Data.Drafts;

/// <summary>What submitting the draft does in Graph.</summary>
public enum DraftMode
{
    /// <summary>Creates a new policy.</summary>
    Create,

    /// <summary>Updates the policy named by <see cref="DraftRecord.SourcePolicyId"/>.</summary>
    Edit,

    /// <summary>Creates a new policy that started as a copy of <see cref="DraftRecord.SourcePolicyId"/>.</summary>
    Clone,
}
