using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace PolicyPortal.Graph.Policies;

/// <summary>
/// Graph documents date-times as UTC with <c>Z</c> (<c>2022-07-02T06:59:59.998Z</c>), but Kiota writes a
/// <see cref="DateTimeOffset"/> with its offset (<c>+00:00</c>). To send the documented form through the SDK's own
/// writer, the mapper leaves the typed property null and puts the formatted UTC string in <c>AdditionalData</c>,
/// which Kiota writes verbatim. Reading accepts both places.
/// </summary>
internal static class UtcDateTimes
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static string ToGraphString(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);

    public static void Write(IAdditionalDataHolder holder, string jsonName, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            holder.AdditionalData[jsonName] = ToGraphString(time);
        }
    }

    public static DateTimeOffset? Read(IAdditionalDataHolder holder, string jsonName, DateTimeOffset? typed)
    {
        if (typed is { } value)
        {
            return value.ToUniversalTime();
        }

        return holder.AdditionalData.TryGetValue(jsonName, out var raw) && raw is string text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }
}
