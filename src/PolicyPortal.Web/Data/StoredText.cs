using System.Text;
using System.Text.Json;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Web.Data;

/// <summary>
/// Makes strings storable the same way on every provider: PostgreSQL rejects NUL and invalid UTF-16,
/// SQLite takes anything, and a varchar(n) limit is enforced by one and not the other.
/// </summary>
internal static class StoredText
{
    public const int IdLength = 256;
    public const int NameLength = 400;
    public const int StepLength = 100;
    public const int ErrorLength = 4000;

    /// <summary>Free text shown to people: NUL dropped, broken surrogates replaced, cut to <paramref name="maxLength"/>.</summary>
    public static string? Display(string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        var clean = IsClean(value) ? value : Repair(value);
        if (clean.Length <= maxLength)
        {
            return clean;
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(clean[maxLength - 1]) ? maxLength - 1 : maxLength;
        return clean[..cut];
    }

    /// <summary>An identifier must arrive intact: refuse it rather than store a changed one.</summary>
    public static string? Id(string? value, string parameterName)
    {
        if (value is not null && (value.Length > IdLength || !IsClean(value)))
        {
            throw new ArgumentException(
                $"{parameterName} must be at most {IdLength} characters of valid text without NUL.", parameterName);
        }

        return value;
    }

    /// <summary>Opaque JSON: stored as given, but only when it is well-formed (so it can always be read back).</summary>
    public static string Json(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        try
        {
            using var _ = JsonDocument.Parse(value);
        }
        catch (Exception error) when (error is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new ArgumentException($"{parameterName} is not well-formed JSON: {error.Message}", parameterName, error);
        }

        return value;
    }

    private static bool IsClean(string value) =>
        !value.Contains('\0', StringComparison.Ordinal) && !HasLoneSurrogate(value);

    private static bool HasLoneSurrogate(string value) => Utf16.FirstUnpairedSurrogate(value) is not null;

    private static string Repair(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
