using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Requestors;

/// <summary>When the reviews of a policy's schedule start (Graph <c>patternedRecurrence</c>: weekly or absoluteMonthly
/// every n, from <c>startDateTime</c>, within its range).</summary>
internal static class ReviewSchedule
{
    /// <summary>The first review starting at or after <paramref name="now"/>; null when the schedule has none left.</summary>
    public static DateTimeOffset? FirstAfter(ReviewSettingsDraft review, DateTimeOffset now)
    {
        if (review.StartDateTime is not { } start || review.RecurrenceInterval < 1)
        {
            return null;
        }
        var interval = review.RecurrenceInterval;
        var occurrence = 0;
        var at = start;
        while (at < now)
        {
            occurrence++;
            at = review.RecurrenceType switch
            {
                ReviewRecurrenceType.Daily => start.AddDays(interval * occurrence),
                ReviewRecurrenceType.Weekly => start.AddDays(7 * interval * occurrence),
                _ => start.AddMonths(interval * occurrence),
            };
        }
        var ended = review.RangeType switch
        {
            ReviewRangeType.Numbered => occurrence >= review.NumberOfOccurrences,
            ReviewRangeType.EndDate => review.RangeEndDate is { } end && DateOnly.FromDateTime(at.UtcDateTime) > end,
            _ => false,
        };
        return ended ? null : at;
    }
}
