using System.Globalization;
using System.Text;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Web.Data.Audit;

/// <summary>Audit entries as RFC 4180 CSV that a spreadsheet opens as text, never as formulas.</summary>
internal static class AuditCsv
{
    public const string LineEnd = "\r\n";

    public static readonly string[] Columns =
    [
        "At", "UserId", "UserDisplayName", "Action", "AccessPackageId", "PolicyId", "PolicyDisplayName",
        "Outcome", "HttpStatus", "GraphRequestId", "Error", "DraftId", "RequestJson",
    ];

    public static string Header() => Line(Columns);

    public static string Row(AuditEntry entry) => Line(
    [
        entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        entry.UserId,
        entry.UserDisplayName,
        entry.Action.ToString(),
        entry.AccessPackageId,
        entry.PolicyId,
        entry.PolicyDisplayName,
        entry.Outcome.ToString(),
        entry.HttpStatus?.ToString(CultureInfo.InvariantCulture),
        entry.GraphRequestId,
        entry.Error,
        entry.DraftId?.ToString(),
        entry.RequestJson,
    ]);

    /// <summary>
    /// One cell. A leading = + - @ TAB or CR makes spreadsheets evaluate the cell (CSV injection, OWASP), and they skip
    /// leading spaces (any Unicode space) before looking, so such text gets a leading apostrophe; then quotes, commas and
    /// line breaks get RFC 4180 quoting. Bidirectional controls show as [U+202E] and the like: a spreadsheet would
    /// otherwise display the cell reordered.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        value = BidiControls.Reveal(value);

        var first = value.AsSpan().TrimStart();
        if (value[0] is '\t' or '\r' || (first.Length > 0 && first[0] is '=' or '+' or '-' or '@'))
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny("\",\r\n") < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Line(string?[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            line.Append(i == 0 ? string.Empty : ",").Append(Field(values[i]));
        }

        return line.Append(LineEnd).ToString();
    }
}
