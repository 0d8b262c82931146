using System.Text;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Query;

/// <summary>Parses <c>$search</c>: <c>"property:text"</c> clauses (backslash escapes <c>"</c> and <c>\</c>)
/// combined with upper-case <c>AND</c>/<c>OR</c> and parentheses; AND binds tighter than OR.</summary>
internal static class SearchExpression
{
    /// <param name="indexed">The set searched: its clauses are answered from its <see cref="PrefixIndex"/>es instead of
    /// by reading every entity. Null: each entity is read.</param>
    public static Func<Entity, bool> Parse(string text, ResourceKind kind, EntitySet? indexed = null)
    {
        var parser = new Parser(text, kind, indexed);
        var result = parser.ParseOr();
        parser.SkipSpaces();
        if (!parser.AtEnd)
        {
            throw Invalid($"unexpected text at position {parser.Position}");
        }
        return result;
    }

    private static GraphException Invalid(string detail) =>
        GraphException.BadRequest(GraphErrorCodes.UnsupportedQuery, $"Syntax error in $search: {detail}.");

    private sealed class Parser(string text, ResourceKind kind, EntitySet? indexed)
    {
        public int Position { get; private set; }

        public bool AtEnd => Position >= text.Length;

        public void SkipSpaces()
        {
            while (!AtEnd && char.IsWhiteSpace(text[Position]))
            {
                Position++;
            }
        }

        public Func<Entity, bool> ParseOr()
        {
            var left = ParseAnd();
            while (TryKeyword("OR"))
            {
                var right = ParseAnd();
                var l = left;
                left = e => l(e) || right(e);
            }
            return left;
        }

        private Func<Entity, bool> ParseAnd()
        {
            var left = ParsePrimary();
            while (TryKeyword("AND"))
            {
                var right = ParsePrimary();
                var l = left;
                left = e => l(e) && right(e);
            }
            return left;
        }

        private Func<Entity, bool> ParsePrimary()
        {
            SkipSpaces();
            if (AtEnd)
            {
                throw Invalid("a clause was expected");
            }
            if (text[Position] == '(')
            {
                Position++;
                var inner = ParseOr();
                SkipSpaces();
                if (AtEnd || text[Position] != ')')
                {
                    throw Invalid("missing ')'");
                }
                Position++;
                return inner;
            }
            if (text[Position] != '"')
            {
                throw Invalid("each clause must be in double quotes, e.g. \"displayName:meg\"");
            }
            return Clause(ReadQuoted());
        }

        private string ReadQuoted()
        {
            Position++;
            var value = new StringBuilder();
            while (!AtEnd)
            {
                var c = text[Position++];
                if (c == '\\' && !AtEnd)
                {
                    value.Append(text[Position++]);
                }
                else if (c == '"')
                {
                    return value.ToString();
                }
                else
                {
                    value.Append(c);
                }
            }
            throw Invalid("unterminated quoted clause");
        }

        private bool TryKeyword(string keyword)
        {
            SkipSpaces();
            if (string.CompareOrdinal(text, Position, keyword, 0, keyword.Length) == 0
                && Position + keyword.Length < text.Length
                && (char.IsWhiteSpace(text[Position + keyword.Length]) || text[Position + keyword.Length] is '"' or '('))
            {
                Position += keyword.Length;
                return true;
            }
            return false;
        }

        private Func<Entity, bool> Clause(string clause)
        {
            var colon = clause.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw Invalid($"clause \"{clause}\" must have the form \"property:text\"");
            }
            var property = clause[..colon];
            var value = clause[(colon + 1)..];
            if (kind.TokenizedSearch.Contains(property, StringComparer.OrdinalIgnoreCase))
            {
                var queryTokens = SearchTokenizer.Tokenize(value);
                Func<Entity, IReadOnlyList<string>> tokensOf = string.Equals(property, "description", StringComparison.OrdinalIgnoreCase)
                    ? e => e.DescriptionTokens
                    : e => e.DisplayNameTokens;
                if (indexed is null || queryTokens.Count == 0)
                {
                    return e => SearchTokenizer.Matches(tokensOf(e), queryTokens);
                }
                // Every query word is the prefix of some word: the entities each word finds, all of them.
                var index = indexed.Index($"{property} words", tokensOf); // apart from a whole-value index of the same property
                var matches = index.StartingWith(queryTokens[0]);
                foreach (var token in queryTokens.Skip(1))
                {
                    matches.IntersectWith(index.StartingWith(token));
                }
                return matches.Contains;
            }
            var known = kind.StartsWithSearch.FirstOrDefault(p => string.Equals(p, property, StringComparison.OrdinalIgnoreCase))
                ?? throw Invalid($"property '{property}' is not supported in $search on {kind.EntitySet}");
            return indexed is null
                ? e => e.GetString(known)?.StartsWith(value, StringComparison.OrdinalIgnoreCase) == true
                : indexed.Index(known, e => e.GetString(known) is { } text ? [text] : []).StartingWith(value).Contains;
        }
    }
}
