using System.Globalization;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Summary;

/// <summary>Durations, dates and frequencies in words, shared by the summary, the diff and the lint messages.</summary>
public static class SummaryWords
{
    /// <summary>"14 days", "1 day", "8 hours", "no time at all".</summary>
    public static string Duration(PolicyDuration duration)
    {
        if (duration.Value == 0)
        {
            return "0 days";
        }

        var unit = duration.Unit switch
        {
            DurationUnit.Days => "day",
            DurationUnit.Hours => "hour",
            _ => "minute",
        };
        return Count(duration.Value, unit);
    }

    /// <summary>"1 day", "3 questions".</summary>
    public static string Count(int value, string singular) => Count(value, singular, singular + "s");

    /// <summary>"1 policy", "3 policies".</summary>
    public static string Count(int value, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} {(value == 1 ? singular : plural)}");

    /// <summary>"1 March 2027 at 10:30 UTC" (always UTC, as Graph stores it).</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"every 3 months (quarterly)", "every week", "every 2 weeks".</summary>
    public static string Frequency(ReviewSettingsDraft review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Frequency switch
        {
            ReviewFrequency.Weekly => "every week",
            ReviewFrequency.Monthly => "every month",
            ReviewFrequency.Quarterly => "every 3 months (quarterly)",
            ReviewFrequency.BiAnnually => "every 6 months (bi-annually)",
            ReviewFrequency.Annually => "every year (annually)",
            _ => review.RecurrenceType switch
            {
                ReviewRecurrenceType.Weekly => "every " + Count(review.RecurrenceInterval, "week"),
                ReviewRecurrenceType.AbsoluteMonthly => "every " + Count(review.RecurrenceInterval, "month"),
                ReviewRecurrenceType.Daily => "every " + Count(review.RecurrenceInterval, "day"),
                _ => $"on a {review.RecurrenceType} schedule every {review.RecurrenceInterval}",
            },
        };
    }

    /// <summary>"no review starts after 1 March 2027", "there are 12 reviews in all", "reviews repeat with no end date".</summary>
    public static string ReviewEnd(ReviewSettingsDraft review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.RangeType switch
        {
            ReviewRangeType.EndDate when review.RangeEndDate is { } end => $"no review starts after {end.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            ReviewRangeType.EndDate => "reviews end on a date that is not set yet",
            ReviewRangeType.Numbered => $"there are {Count(review.NumberOfOccurrences, "review")} in all",
            _ => "reviews repeat with no end date",
        };
    }

    /// <summary>"Yes"/"No" for switches in the diff.</summary>
    public static string YesNo(bool value) => value ? "Yes" : "No";

    /// <summary>"2026-12-04 19:05:42 UTC": to the second, so things changed within a minute of each other are told apart.</summary>
    public static string Moment(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>How long ago, as people say it: "just now", "1 minute ago", "3 hours ago", "2 days ago".</summary>
    public static string Ago(DateTimeOffset then, DateTimeOffset now)
    {
        var elapsed = now - then;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Count((int)elapsed.TotalMinutes, "minute") + " ago",
            { TotalDays: < 1 } => Count((int)elapsed.TotalHours, "hour") + " ago",
            _ => Count((int)elapsed.TotalDays, "day") + " ago",
        };
    }

    /// <summary>A quoted user-supplied text, e.g. “Which project?”.</summary>
    public static string Quote(string text) => $"\u201C{text}\u201D";

    /// <summary>The text with its first letter in upper case.</summary>
    public static string Capitalize(string text) => string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
