using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Query;

/// <summary>One item of <c>$expand</c>: a navigation property and what to expand inside it, as in
/// <c>accessPackage,customExtensionStageSettings($expand=customExtension)</c> or
/// <c>manager($levels=max;$select=id,displayName)</c>.</summary>
/// <param name="Select">The nested <c>$select</c>; null: the target's default properties.</param>
/// <param name="Levels">The nested <c>$levels</c> (<c>max</c> is <see cref="int.MaxValue"/>): follow the navigation
/// this many times (user-list-manager: "max … or a number between 1 and 1000"); null: once.</param>
internal sealed record ExpandItem(string Name, IReadOnlyList<ExpandItem> Nested, IReadOnlyList<string>? Select = null, int? Levels = null)
{
    public const string LevelsOption = "$levels";

    /// <summary>Parses a comma-separated <c>$expand</c>. Nested options go in parentheses, separated by <c>;</c>;
    /// the sandbox supports <c>$expand</c>, <c>$select</c> and <c>$levels</c> among them. Names are checked later,
    /// against the resource.</summary>
    public static IReadOnlyList<ExpandItem> ParseList(string text, string badRequestCode) =>
        [.. Split(text, ',', badRequestCode).Select(part => ParseItem(part, badRequestCode))];

    private static ExpandItem ParseItem(string text, string badRequestCode)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new(text, []);
        }
        var name = text[..open].Trim();
        if (name.Length == 0 || !text.EndsWith(')'))
        {
            throw Invalid(badRequestCode, $"'{text}' is not a navigation property with options in parentheses");
        }
        var nested = new List<ExpandItem>();
        IReadOnlyList<string>? select = null;
        int? levels = null;
        foreach (var option in Split(text[(open + 1)..^1], ';', badRequestCode))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? option : option[..equals]).Trim().ToLowerInvariant();
            var value = equals < 0 ? "" : option[(equals + 1)..].Trim();
            switch (key)
            {
                case ODataQuery.Expand when value.Length > 0:
                    nested.AddRange(ParseList(value, badRequestCode));
                    break;
                case ODataQuery.Select when value.Length > 0:
                    select = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case LevelsOption:
                    levels = ParseLevels(value, name, badRequestCode);
                    break;
                default:
                    throw GraphException.BadRequest(badRequestCode, $"Query option '{key}' inside $expand of '{name}' is not supported.");
            }
        }
        return new(name, nested, select, levels);
    }

    private static int ParseLevels(string value, string name, string badRequestCode) =>
        value.Equals("max", StringComparison.OrdinalIgnoreCase) ? int.MaxValue
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var levels) && levels is >= 1 and <= 1000 ? levels
        : throw GraphException.BadRequest(badRequestCode, $"Invalid $levels '{value}' inside $expand of '{name}': use max or a number from 1 to 1000.");

    // Splits on separators outside parentheses; empty parts are dropped, as Graph ignores "a,,b".
    private static List<string> Split(string text, char separator, string badRequestCode)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : separator;
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth < 0)
            {
                throw Invalid(badRequestCode, "a ')' has no matching '('");
            }
            else if (c == separator && depth == 0)
            {
                if (text[start..i].Trim() is { Length: > 0 } part)
                {
                    parts.Add(part);
                }
                start = i + 1;
            }
        }
        return depth == 0 ? parts : throw Invalid(badRequestCode, "a '(' is not closed");
    }

    private static GraphException Invalid(string badRequestCode, string detail) =>
        GraphException.BadRequest(badRequestCode, $"Invalid $expand: {detail}.");
}
