using System.Globalization;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private void AccessReviewRules()
    {
        Check((draft, context) =>
        {
            var review = draft.ReviewSettings;
            if (!review.IsEnabled)
            {
                return;
            }

            var scope = draft.AllowedTargetScope;
            if (review.RecurrenceType is not (ReviewRecurrenceType.Weekly or ReviewRecurrenceType.AbsoluteMonthly))
            {
                context.Fail("ReviewSettings.RecurrenceType", "Access reviews can repeat only weekly or monthly (every 1, 3, 6 or 12 months). Choose one of those frequencies.");
            }

            if (review.RecurrenceInterval < 1)
            {
                context.Fail("ReviewSettings.RecurrenceInterval", "Reviews must repeat at least every 1 week or month. Choose a frequency.");
            }

            if (review.DurationInDays < 1)
            {
                context.Fail("ReviewSettings.DurationInDays", "Each review must stay open for at least 1 day. Enter a number of days.");
            }
            else if (PeriodInDays(review) is { } period && review.DurationInDays > period)
            {
                context.Fail("ReviewSettings.DurationInDays", string.Create(CultureInfo.InvariantCulture,
                    $"Each review lasts {review.DurationInDays} days but a new one starts every {period} days. Shorten the review or choose a less frequent schedule."));
            }

            switch (review.ReviewerType)
            {
                case ReviewerType.Specific when review.PrimaryReviewers.Count == 0:
                    context.Fail("ReviewSettings.PrimaryReviewers", "Choose who reviews the assignments: add users or groups, or pick self-review or the manager.");
                    break;
                case ReviewerType.Manager when review.FallbackReviewers.Count == 0:
                    context.Fail("ReviewSettings.FallbackReviewers", "When managers review, add a fallback reviewer for users who have no manager.");
                    break;
            }

            if (review.ReviewerType == ReviewerType.Specific)
            {
                SubjectRules.CheckSlot(context, "ReviewSettings.PrimaryReviewers", review.PrimaryReviewers, SubjectSlot.PrimaryReviewers, scope);
            }

            SubjectRules.CheckSlot(context, "ReviewSettings.FallbackReviewers", review.FallbackReviewers, SubjectSlot.FallbackReviewers, scope);
        });
    }

    /// <summary>Days between two reviews (approximate for months, which is what the "shorter than the period" rule needs).</summary>
    private static int? PeriodInDays(ReviewSettingsDraft review) => review.RecurrenceType switch
    {
        ReviewRecurrenceType.Weekly when review.RecurrenceInterval > 0 => 7 * review.RecurrenceInterval,
        ReviewRecurrenceType.AbsoluteMonthly when review.RecurrenceInterval > 0 => 28 * review.RecurrenceInterval,
        _ => null,
    };
}
