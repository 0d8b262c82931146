using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private const int MaxDayOfMonth = 31;

    private void AccessReviewRules()
    {
        Check((draft, context) =>
        {
            var review = draft.ReviewSettings;
            if (!review.IsEnabled)
            {
                return;
            }

            // Source: Graph entitlementManagementSchedule — "only the interval, dayOfMonth and type (weekly, absoluteMonthly)
            // properties of recurrencePattern are supported" for access package reviews.
            if (review.RecurrenceType is not (ReviewRecurrenceType.Weekly or ReviewRecurrenceType.AbsoluteMonthly))
            {
                context.Fail(PolicyPaths.ReviewRecurrenceType, "Access reviews can repeat only weekly or monthly (every 1, 3, 6 or 12 months). Choose one of those frequencies.");
            }

            // Source: Graph recurrencePattern — interval is "the number of units between occurrences" (required).
            if (review.RecurrenceInterval < 1)
            {
                context.Fail(PolicyPaths.ReviewRecurrenceInterval, "Reviews must repeat at least every 1 week or month. Choose a frequency.");
            }

            // Source: Graph recurrencePattern — dayOfMonth is "the day of the month… 1 to 31"; the docs' example sends 0 (unset).
            if (review.DayOfMonth is < 0 or > MaxDayOfMonth)
            {
                context.Fail(PolicyPaths.ReviewDayOfMonth, $"The day of the month must be between 1 and {MaxDayOfMonth}, or empty to start on the start date's day.");
            }

            CheckRange(context, review);

            // Source: Graph entitlementManagementSchedule — expiration is how long each review is open (a duration).
            if (review.Duration.Value < 1 || review.Duration.Unit == DurationUnit.Minutes)
            {
                context.Fail(PolicyPaths.ReviewDuration, "Each review must stay open for at least 1 hour. Enter a number of days or hours.");
            }

            // Source: Graph "Assign reviewers to your access review" — reviewers "aren't required when you create a
            // self-review", so every other review needs them. A manager review without fallback reviewers is lint advice.
            if (review.ReviewerType == ReviewerType.Specific && review.PrimaryReviewers.Count == 0)
            {
                context.Fail(PolicyPaths.PrimaryReviewers, "Choose who reviews the assignments: add users or groups, or pick self-review or the manager.");
            }

            var scope = draft.AllowedTargetScope;
            if (review.ReviewerType == ReviewerType.Specific)
            {
                SubjectRules.CheckSlot(context, PolicyPaths.PrimaryReviewers, review.PrimaryReviewers, SubjectSlot.PrimaryReviewers, scope);
            }

            SubjectRules.CheckSlot(context, PolicyPaths.FallbackReviewers, review.FallbackReviewers, SubjectSlot.FallbackReviewers, scope);
        });
    }

    /// <summary>Source: Graph recurrenceRange — endDate is "required if type is endDate"; numberOfOccurrences "must be positive if type is numbered".</summary>
    private static void CheckRange(FluentValidation.ValidationContext<PolicyDraft> context, ReviewSettingsDraft review)
    {
        switch (review.RangeType)
        {
            case ReviewRangeType.EndDate when review.RangeEndDate is not { } end:
                context.Fail(PolicyPaths.ReviewRangeEndDate, "Choose the date after which no new review starts, or let reviews repeat with no end.");
                break;
            case ReviewRangeType.EndDate when review.StartDateTime is { } start && review.RangeEndDate < DateOnly.FromDateTime(start.UtcDateTime):
                context.Fail(PolicyPaths.ReviewRangeEndDate, "The reviews' end date is before the first review starts. Choose a later end date, or an earlier start.");
                break;
            case ReviewRangeType.Numbered when review.NumberOfOccurrences < 1:
                context.Fail(PolicyPaths.ReviewNumberOfOccurrences, "Enter how many reviews there are in all (1 or more), or let reviews repeat with no end.");
                break;
        }
    }
}
