namespace PolicyPortal.Core.Policies;

/// <summary>The places in a policy that hold subjects.</summary>
public enum SubjectSlot
{
    SpecificAllowedTargets,
    OnBehalfRequestors,
    PrimaryApprovers,
    FallbackPrimaryApprovers,
    EscalationApprovers,
    FallbackEscalationApprovers,
    PrimaryReviewers,
    FallbackReviewers,
}
