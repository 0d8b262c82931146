namespace PolicyPortal.Core.Policies;

/// <summary>
/// Which subject kinds each slot accepts (Graph v1.0 docs' slot matrix; the rows marked "infer" in the spec are
/// included where the Entra portal offers the choice). The picker offers these kinds; the validator enforces them.
/// For <see cref="SubjectSlot.SpecificAllowedTargets"/> the scope narrows it further: see <see cref="AllowedTargetScopes.TargetKinds"/>.
/// </summary>
public static class SubjectSlots
{
    private static readonly Dictionary<SubjectSlot, IReadOnlySet<SubjectKind>> Matrix = new()
    {
        [SubjectSlot.SpecificAllowedTargets] = Set(SubjectKind.User, SubjectKind.Group, SubjectKind.ServicePrincipal,
            SubjectKind.ConnectedOrganization, SubjectKind.AttributeRule),
        [SubjectSlot.OnBehalfRequestors] = Set(SubjectKind.User, SubjectKind.Group, SubjectKind.TargetManager,
            SubjectKind.TargetApplicationOwners, SubjectKind.TargetAgentIdentitySponsorsOrOwners),
        [SubjectSlot.PrimaryApprovers] = Set(SubjectKind.User, SubjectKind.Group, SubjectKind.RequestorManager,
            SubjectKind.InternalSponsors, SubjectKind.ExternalSponsors, SubjectKind.TargetUserSponsors),
        [SubjectSlot.FallbackPrimaryApprovers] = Set(SubjectKind.User, SubjectKind.Group),
        [SubjectSlot.EscalationApprovers] = Set(SubjectKind.User, SubjectKind.Group, SubjectKind.RequestorManager),
        [SubjectSlot.FallbackEscalationApprovers] = Set(SubjectKind.User, SubjectKind.Group),
        [SubjectSlot.PrimaryReviewers] = Set(SubjectKind.User, SubjectKind.Group, SubjectKind.RequestorManager),
        [SubjectSlot.FallbackReviewers] = Set(SubjectKind.User, SubjectKind.Group),
    };

    /// <summary>The kinds <paramref name="slot"/> accepts.</summary>
    public static IReadOnlySet<SubjectKind> AllowedKinds(SubjectSlot slot) => Matrix[slot];

    /// <summary>The kinds <paramref name="slot"/> accepts under <paramref name="scope"/> (only targets depend on the scope).</summary>
    public static IReadOnlySet<SubjectKind> AllowedKinds(SubjectSlot slot, AllowedTargetScope scope) =>
        slot == SubjectSlot.SpecificAllowedTargets ? AllowedTargetScopes.TargetKinds(scope) : Matrix[slot];

    /// <summary>Plain-language name of a slot, for messages.</summary>
    public static string Title(SubjectSlot slot) => slot switch
    {
        SubjectSlot.SpecificAllowedTargets => "people who can request",
        SubjectSlot.OnBehalfRequestors => "on-behalf-of requestors",
        SubjectSlot.PrimaryApprovers => "approvers",
        SubjectSlot.FallbackPrimaryApprovers => "fallback approvers",
        SubjectSlot.EscalationApprovers => "alternate (escalation) approvers",
        SubjectSlot.FallbackEscalationApprovers => "fallback alternate approvers",
        SubjectSlot.PrimaryReviewers => "reviewers",
        SubjectSlot.FallbackReviewers => "fallback reviewers",
        _ => slot.ToString(),
    };

    private static HashSet<SubjectKind> Set(params SubjectKind[] kinds) => [.. kinds];
}
