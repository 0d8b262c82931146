using PolicyPortal.Core.Lint;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Requestors;

/// <summary>What must be read about a requestor to resolve a set of policies, so nothing is asked of Graph that no
/// policy uses: manager levels, the user's sponsors, membership of the groups scopes name, the connected organization,
/// and the size of the groups that decide or review.</summary>
public sealed record RequestorNeeds(
    int ManagerLevels, bool Sponsors, IReadOnlyList<string> MembershipGroupIds, bool Organization, IReadOnlyList<string> DeciderGroupIds)
{
    public static RequestorNeeds For(IEnumerable<PolicyDraft> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var requestable = policies.Where(Populations.TakesRequests).ToList();
        var deciders = requestable.SelectMany(Deciders).ToList();
        return new RequestorNeeds(
            ManagerLevels: deciders.Where(s => s.Kind == SubjectKind.RequestorManager).Select(s => s.ManagerLevel ?? 1).DefaultIfEmpty(0).Max(),
            Sponsors: deciders.Any(s => s.Kind == SubjectKind.TargetUserSponsors),
            MembershipGroupIds: Ids(requestable.Where(p => p.AllowedTargetScope == AllowedTargetScope.SpecificDirectoryUsers)
                .SelectMany(p => p.SpecificAllowedTargets)),
            Organization: requestable.Any(p => p.AllowedTargetScope is AllowedTargetScope.SpecificConnectedOrganizationUsers
                    or AllowedTargetScope.AllConfiguredConnectedOrganizationUsers)
                || deciders.Any(s => SubjectKinds.IsConnectedOrganizationSponsor(s.Kind)),
            DeciderGroupIds: Ids(deciders));
    }

    /// <summary>Everyone a policy may hand a request or a review to: approvers of every stage and the reviewers.</summary>
    internal static IEnumerable<Subject> Deciders(PolicyDraft policy)
    {
        var stages = policy.RequestApproval.IsApprovalRequiredForAdd ? policy.RequestApproval.Stages : [];
        var review = policy.ReviewSettings;
        var reviewers = !review.IsEnabled ? []
            : review.ReviewerType switch
            {
                ReviewerType.Specific => review.PrimaryReviewers,
                ReviewerType.Manager => [.. review.PrimaryReviewers, Subject.RequestorManager(ReviewManagerLevel(review)), .. review.FallbackReviewers],
                _ => [],
            };
        return stages
            .SelectMany(s => s.PrimaryApprovers.Concat(s.FallbackPrimaryApprovers).Concat(s.IsEscalationEnabled ? s.EscalationApprovers.Concat(s.FallbackEscalationApprovers) : []))
            .Concat(reviewers);
    }

    /// <summary>The manager level a manager review goes to: the level its <c>requestorManager</c> entry names, else 1.</summary>
    internal static int ReviewManagerLevel(ReviewSettingsDraft review) =>
        review.PrimaryReviewers.FirstOrDefault(s => s.Kind == SubjectKind.RequestorManager)?.ManagerLevel ?? 1;

    private static List<string> Ids(IEnumerable<Subject> subjects) =>
        [.. subjects.Where(s => s.Kind == SubjectKind.Group && !string.IsNullOrEmpty(s.ObjectId)).Select(s => s.ObjectId!).Distinct(StringComparer.OrdinalIgnoreCase)];
}
