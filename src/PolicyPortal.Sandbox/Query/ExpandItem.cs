using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Query;

/// <summary>One item of <c>$expand</c>: a navigation property and what to expand inside it, as in
/// <c>accessPackage,customExtensionStageSettings($expand=customExtension)</c>.</summary>
internal sealed record ExpandItem(string Name, IReadOnlyList<ExpandItem> Nested)
{
    /// <summary>Parses a comma-separated <c>$expand</c>. Nested options go in parentheses, separated by <c>;</c>;
    /// the sandbox supports only <c>$expand</c> among them. Names are checked later, against the resource.</summary>
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
        foreach (var option in Split(text[(open + 1)..^1], ';', badRequestCode))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? option : option[..equals]).Trim();
            if (!key.Equals(ODataQuery.Expand, StringComparison.OrdinalIgnoreCase) || equals < 0)
            {
                throw GraphException.BadRequest(badRequestCode, $"Query option '{key}' inside $expand of '{name}' is not supported.");
            }
            nested.AddRange(ParseList(option[(equals + 1)..], badRequestCode));
        }
        return new(name, nested);
    }

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
