using System.Globalization;
using System.Text.RegularExpressions;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Core.Policies;

/// <summary>The unit an admin types a duration in.</summary>
public enum DurationUnit
{
    Days,
    Hours,
    Minutes,
}

/// <summary>
/// A duration as the wizard shows it (a number and a unit), mapped to an ISO 8601 day-time duration
/// (<c>P14D</c>, <c>PT8H</c>, <c>PT30M</c>). Graph's Edm.Duration has no years, months or weeks,
/// so <c>P1Y</c>/<c>P2W</c> are never produced and are rejected when read.
/// </summary>
public readonly partial record struct PolicyDuration(int Value, DurationUnit Unit)
{
    public static PolicyDuration Zero => new(0, DurationUnit.Days);

    public static PolicyDuration Days(int value) => new(value, DurationUnit.Days);

    public static PolicyDuration Hours(int value) => new(value, DurationUnit.Hours);

    public static PolicyDuration Minutes(int value) => new(value, DurationUnit.Minutes);

    public TimeSpan ToTimeSpan() => Unit switch
    {
        DurationUnit.Days => TimeSpan.FromDays(Value),
        DurationUnit.Hours => TimeSpan.FromHours(Value),
        _ => TimeSpan.FromMinutes(Value),
    };

    /// <summary>Total length in days, for rules such as "at least 4 days".</summary>
    public double TotalDays => ToTimeSpan().TotalDays;

    /// <summary>The ISO 8601 day-time literal Graph expects, e.g. <c>P14D</c> or <c>PT8H</c>.</summary>
    public string ToIso8601() => Value == 0
        ? "PT0S"
        : Unit switch
        {
            DurationUnit.Days => string.Create(CultureInfo.InvariantCulture, $"P{Value}D"),
            DurationUnit.Hours => string.Create(CultureInfo.InvariantCulture, $"PT{Value}H"),
            _ => string.Create(CultureInfo.InvariantCulture, $"PT{Value}M"),
        };

    /// <summary>The largest unit that expresses <paramref name="span"/> exactly (days, then hours, then minutes).</summary>
    public static bool TryFromTimeSpan(TimeSpan span, out PolicyDuration duration)
    {
        duration = Zero;
        if (span < TimeSpan.Zero || span.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            return false;
        }

        if (span.Ticks % TimeSpan.TicksPerDay == 0 && span.TotalDays <= int.MaxValue)
        {
            duration = Days((int)span.TotalDays);
        }
        else if (span.Ticks % TimeSpan.TicksPerHour == 0 && span.TotalHours <= int.MaxValue)
        {
            duration = Hours((int)span.TotalHours);
        }
        else if (span.TotalMinutes <= int.MaxValue)
        {
            duration = Minutes((int)span.TotalMinutes);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads an ISO 8601 day-time duration. On failure <paramref name="error"/> says what is wrong in words an admin
    /// understands (e.g. that <c>P1Y</c> uses years, which Graph does not accept).
    /// </summary>
    public static bool TryParseIso8601(string? text, out PolicyDuration duration, out string? error)
    {
        duration = Zero;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The duration is empty.";
            return false;
        }

        var match = DayTimePattern().Match(text);
        var hasNumber = match.Success && (match.Groups["d"].Success || match.Groups["h"].Success || match.Groups["m"].Success || match.Groups["s"].Success);
        if (!hasNumber || text.EndsWith('T'))
        {
            error = YearMonthWeekPattern().IsMatch(text)
                ? $"'{Excerpt.Of(text)}' uses years, months or weeks; Graph only accepts days, hours and minutes (for example P14D, PT8H)."
                : $"'{Excerpt.Of(text)}' is not an ISO 8601 duration such as P14D (14 days) or PT8H (8 hours).";
            return false;
        }

        try
        {
            long days = Number(match, "d"), hours = Number(match, "h"), minutes = Number(match, "m");
            var seconds = match.Groups["s"].Success
                ? decimal.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture)
                : 0m;
            if (seconds != decimal.Truncate(seconds) || seconds % 60 != 0)
            {
                error = $"'{Excerpt.Of(text)}' has seconds; use whole minutes, hours or days.";
                return false;
            }

            var span = TimeSpan.FromDays(days) + TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds((double)seconds);
            if (TryFromTimeSpan(span, out duration))
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException or FormatException)
        {
            // Falls through to the "too long" message below.
        }

        error = $"'{Excerpt.Of(text)}' is too long to be a policy duration.";
        return false;
    }

    private static long Number(Match match, string group) =>
        match.Groups[group].Success ? long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    public override string ToString() => ToIso8601();

    [GeneratedRegex(@"^P(?:(?<d>\d{1,9})D)?(?:T(?:(?<h>\d{1,9})H)?(?:(?<m>\d{1,9})M)?(?:(?<s>\d{1,9}(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayTimePattern();

    [GeneratedRegex(@"^-?P(?:\d+(?:\.\d+)?[YMW])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YearMonthWeekPattern();
}
