using System.Text;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Query;

/// <summary>Parses the <c>$filter</c> subset the portal needs: <c>eq</c>/<c>ne</c>, <c>in (...)</c>,
/// <c>startswith</c>/<c>endswith</c>/<c>contains</c> (optionally over <c>tolower</c>/<c>toupper</c>),
/// <c>and</c>/<c>or</c>/<c>not</c> and parentheses. String comparisons are case-insensitive, as in the directory.</summary>
internal static class FilterExpression
{
    private enum TokenKind { Word, Text, Open, Close, Comma, End }

    private readonly record struct Token(TokenKind Kind, string Value, int Position);

    /// <summary>Parses a filter. <paramref name="advanced"/> tells whether it uses an operator that Graph's directory
    /// accepts only as an advanced query (<c>ne</c>, <c>not</c>, <c>endswith</c>).</summary>
    public static Func<Entity, bool> Parse(string text, ResourceKind kind, out bool advanced)
    {
        var parser = new Parser(Tokenize(text, kind), kind);
        var result = parser.ParseOr();
        parser.Expect(TokenKind.End, "end of expression");
        advanced = parser.UsesAdvancedOperator;
        return result;
    }

    private static GraphException Invalid(ResourceKind kind, string detail) =>
        GraphException.BadRequest(kind.BadRequestCode, $"Invalid filter clause: {detail}.");

    private static List<Token> Tokenize(string text, ResourceKind kind)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(new(c switch { '(' => TokenKind.Open, ')' => TokenKind.Close, _ => TokenKind.Comma }, c.ToString(), i));
                i++;
            }
            else if (c == '\'')
            {
                var start = i++;
                var value = new StringBuilder();
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw Invalid(kind, $"unterminated string literal at position {start}");
                    }
                    if (text[i] == '\'')
                    {
                        // OData escapes a quote by doubling it.
                        if (i + 1 < text.Length && text[i + 1] == '\'')
                        {
                            value.Append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.Append(text[i++]);
                }
                tokens.Add(new(TokenKind.Text, value.ToString(), start));
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '/' or '.' or '-' or '@' or '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '/' or '.' or '-' or '@' or '$'))
                {
                    i++;
                }
                tokens.Add(new(TokenKind.Word, text[start..i], start));
            }
            else
            {
                throw Invalid(kind, $"unexpected character '{c}' at position {i}");
            }
        }
        tokens.Add(new(TokenKind.End, "", text.Length));
        return tokens;
    }

    private sealed class Parser(List<Token> tokens, ResourceKind kind)
    {
        private int _index;

        public bool UsesAdvancedOperator { get; private set; }

        private Token Current => tokens[_index];

        public Func<Entity, bool> ParseOr()
        {
            var left = ParseAnd();
            while (TryWord("or"))
            {
                var right = ParseAnd();
                var l = left;
                left = e => l(e) || right(e);
            }
            return left;
        }

        public Token Expect(TokenKind expected, string what)
        {
            if (Current.Kind != expected)
            {
                throw Invalid(kind, $"expected {what} at position {Current.Position}");
            }
            return tokens[_index++];
        }

        private Func<Entity, bool> ParseAnd()
        {
            var left = ParseUnary();
            while (TryWord("and"))
            {
                var right = ParseUnary();
                var l = left;
                left = e => l(e) && right(e);
            }
            return left;
        }

        private Func<Entity, bool> ParseUnary()
        {
            if (TryWord("not"))
            {
                UsesAdvancedOperator = true;
                var inner = ParseUnary();
                return e => !inner(e);
            }
            if (Current.Kind == TokenKind.Open)
            {
                _index++;
                var inner = ParseOr();
                Expect(TokenKind.Close, "')'");
                return inner;
            }
            if (Current.Kind == TokenKind.Word && tokens[_index + 1].Kind == TokenKind.Open
                && Current.Value.ToLowerInvariant() is "startswith" or "endswith" or "contains")
            {
                var function = tokens[_index++].Value.ToLowerInvariant();
                UsesAdvancedOperator |= function == "endswith";
                _index++;
                var operand = ParseOperand();
                Expect(TokenKind.Comma, "','");
                var literal = ParseLiteral();
                Expect(TokenKind.Close, "')'");
                var comparison = StringComparison.OrdinalIgnoreCase;
                return function switch
                {
                    "startswith" => e => operand(e)?.StartsWith(literal ?? "", comparison) == true,
                    "endswith" => e => operand(e)?.EndsWith(literal ?? "", comparison) == true,
                    _ => e => operand(e)?.Contains(literal ?? "", comparison) == true,
                };
            }
            var left = ParseOperand();
            if (TryWord("in"))
            {
                Expect(TokenKind.Open, "'('");
                var values = new HashSet<string?>(StringComparer.OrdinalIgnoreCase) { ParseLiteral() };
                while (Current.Kind == TokenKind.Comma)
                {
                    _index++;
                    values.Add(ParseLiteral());
                }
                Expect(TokenKind.Close, "')'");
                return e => values.Contains(left(e));
            }
            var op = Expect(TokenKind.Word, "an operator").Value;
            UsesAdvancedOperator |= op == "ne";
            var right = ParseLiteral();
            return op switch
            {
                "eq" => e => string.Equals(left(e), right, StringComparison.OrdinalIgnoreCase),
                "ne" => e => !string.Equals(left(e), right, StringComparison.OrdinalIgnoreCase),
                _ => throw Invalid(kind, $"operator '{op}' is not supported"),
            };
        }

        private Func<Entity, string?> ParseOperand()
        {
            var word = Expect(TokenKind.Word, "a property name");
            if (word.Value is "tolower" or "toupper" && Current.Kind == TokenKind.Open)
            {
                _index++;
                var inner = ParseOperand();
                Expect(TokenKind.Close, "')'");
                // Comparisons are case-insensitive already, so case functions change nothing.
                return inner;
            }
            var property = kind.FilterProperties.FirstOrDefault(p => string.Equals(p, word.Value, StringComparison.OrdinalIgnoreCase))
                ?? throw Invalid(kind, $"could not find a property named '{word.Value}' on type '{kind.TypeName}'");
            return e => e.GetString(property);
        }

        private string? ParseLiteral()
        {
            var token = tokens[_index++];
            return token.Kind switch
            {
                TokenKind.Text => token.Value,
                TokenKind.Word when token.Value == "null" => null,
                TokenKind.Word when token.Value is "true" or "false" || double.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out _) => token.Value,
                _ => throw Invalid(kind, $"a literal was expected at position {token.Position}"),
            };
        }

        private bool TryWord(string word)
        {
            if (Current.Kind == TokenKind.Word && Current.Value == word)
            {
                _index++;
                return true;
            }
            return false;
        }
    }
}
