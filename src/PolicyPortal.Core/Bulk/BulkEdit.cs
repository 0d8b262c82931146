using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;

namespace PolicyPortal.Core.Bulk;

/// <summary>The edits admins ask to make across many policies at once ("add a second approver to all policies in a
/// catalog"). Each changes a copy of a policy, or says why it does not concern that policy; the plan shows both.</summary>
public abstract record BulkEdit
{
    /// <summary>The edit as a sentence: "Add Nestor Wilke as a fallback approver to every stage".</summary>
    public abstract string Describe();

    /// <summary>Changes <paramref name="policy"/>; returns why the edit does not concern it, or null once applied.</summary>
    public abstract string? ApplyTo(PolicyDraft policy);

    /// <summary>A fallback approver on every stage: added beside the existing ones, or replacing them.</summary>
    public sealed record FallbackApprover(Subject Approver, bool ReplaceExisting) : BulkEdit
    {
        public override string Describe() => ReplaceExisting
            ? $"Make {SubjectNames.Phrase(Approver)} the only fallback approver of every stage"
            : $"Add {SubjectNames.Phrase(Approver)} as a fallback approver to every stage";

        public override string? ApplyTo(PolicyDraft policy)
        {
            ArgumentNullException.ThrowIfNull(policy);
            if (WithoutStages(policy) is { } why)
            {
                return why;
            }
            foreach (var stage in policy.RequestApproval.Stages)
            {
                if (ReplaceExisting)
                {
                    stage.FallbackPrimaryApprovers.Clear();
                }
                if (!stage.FallbackPrimaryApprovers.Any(s => SubjectNames.Identity(s) == SubjectNames.Identity(Approver)))
                {
                    stage.FallbackPrimaryApprovers.Add(Approver.Clone());
                }
            }
            return null;
        }
    }

    /// <summary>How long every stage waits for a decision before the request is denied.</summary>
    public sealed record ApprovalTimeout(PolicyDuration Duration) : BulkEdit
    {
        public override string Describe() => $"Deny requests nobody decides in {SummaryWords.Duration(Duration)}, at every stage";

        public override string? ApplyTo(PolicyDraft policy)
        {
            ArgumentNullException.ThrowIfNull(policy);
            if (WithoutStages(policy) is { } why)
            {
                return why;
            }
            policy.RequestApproval.Stages.ForEach(stage => stage.DurationBeforeAutomaticDenial = Duration);
            return null;
        }
    }

    /// <summary>Whether requestors must say why they ask.</summary>
    public sealed record RequestorJustification(bool Required) : BulkEdit
    {
        public override string Describe() => Required ? "Ask requestors for a justification" : "Stop asking requestors for a justification";

        public override string? ApplyTo(PolicyDraft policy)
        {
            ArgumentNullException.ThrowIfNull(policy);
            if (WithoutRequests(policy) is { } why)
            {
                return why;
            }
            policy.RequestApproval.IsRequestorJustificationRequired = Required;
            return null;
        }
    }

    /// <summary>When assignments end.</summary>
    public sealed record Expiration(PolicyDuration After) : BulkEdit
    {
        public override string Describe() => $"End access {SummaryWords.Duration(After)} after it is granted";

        public override string? ApplyTo(PolicyDraft policy)
        {
            ArgumentNullException.ThrowIfNull(policy);
            policy.Expiration = new ExpirationDraft { Kind = ExpirationKind.AfterDuration, Duration = After };
            return null;
        }
    }

    /// <summary>Recurring access reviews: how often, from when, and by whom.</summary>
    public sealed record Review(ReviewFrequency Frequency, DateTimeOffset FirstReview, ReviewerType Reviewers, IReadOnlyList<Subject> SpecificReviewers) : BulkEdit
    {
        public override string Describe()
        {
            var by = Reviewers switch
            {
                ReviewerType.Self => "the people assigned",
                ReviewerType.Manager => "their managers",
                _ => SubjectNames.Join(SpecificReviewers),
            };
            var frequency = new ReviewSettingsDraft { Frequency = Frequency };
            return $"Review access {SummaryWords.Frequency(frequency)} from {SummaryWords.DateTime(FirstReview)}, by {by}";
        }

        public override string? ApplyTo(PolicyDraft policy)
        {
            ArgumentNullException.ThrowIfNull(policy);
            var review = policy.ReviewSettings;
            review.IsEnabled = true;
            review.Frequency = Frequency;
            review.StartDateTime = FirstReview;
            review.ReviewerType = Reviewers;
            review.PrimaryReviewers = Reviewers == ReviewerType.Specific ? [.. SpecificReviewers.Select(s => s.Clone())] : [];
            return null;
        }
    }

    private static string? WithoutRequests(PolicyDraft policy) =>
        policy.IsAutoAssignment ? "it assigns access automatically; nobody requests under it"
        : policy.AllowedTargetScope == AllowedTargetScope.NotSpecified ? "it takes no requests (administrators assign directly)"
        : null;

    private static string? WithoutStages(PolicyDraft policy) =>
        WithoutRequests(policy) ?? (policy.RequestApproval.IsApprovalRequiredForAdd && policy.RequestApproval.Stages.Count > 0 ? null : "it has no approval stages");
}
