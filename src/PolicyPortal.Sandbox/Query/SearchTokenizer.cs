using System.Text;

namespace PolicyPortal.Sandbox.Query;

/// <summary>Graph's tokenization for <c>$search</c> on displayName/description: words split on spaces,
/// symbols, letter/digit changes and lower-to-upper case changes ("OneVideo" is "One" + "Video").</summary>
internal static class SearchTokenizer
{
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var tokens = new List<string>();
        var current = new StringBuilder();
        var previous = '\0';
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }
            if (current.Length > 0
                && ((char.IsUpper(c) && char.IsLower(previous)) || char.IsDigit(c) != char.IsDigit(previous)))
            {
                Flush();
            }
            current.Append(c);
            previous = c;
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
            previous = '\0';
        }
    }

    /// <summary>True when every query token is the prefix of some value token (order-independent).</summary>
    public static bool Matches(IReadOnlyList<string> valueTokens, IReadOnlyList<string> queryTokens)
    {
        foreach (var query in queryTokens)
        {
            var found = false;
            foreach (var value in valueTokens)
            {
                if (value.StartsWith(query, StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }
}
