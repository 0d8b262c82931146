namespace PolicyPortal.Graph.Directory;

/// <summary>Builds Graph's <c>$search</c> and <c>$filter</c> literals from what an admin typed.</summary>
internal static class ODataText
{
    /// <summary><c>"displayName:text" OR "mail:text"</c>: tokenized name match, prefix match on the other properties.
    /// Quotes and backslashes inside a clause are escaped with a backslash, as Graph requires.</summary>
    public static string Search(string text, params string[] properties)
    {
        var escaped = text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return string.Join(" OR ", properties.Select(property => $"\"{property}:{escaped}\""));
    }

    /// <summary>An OData string literal: single quotes doubled.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
