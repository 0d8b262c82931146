using System.Globalization;
using System.Text;

namespace PolicyPortal.Graph.Export;

/// <summary>
/// Characters every exporter escapes rather than writes literally: controls, line and paragraph separators (line
/// breaks to some compilers), format characters such as bidi overrides (they make code read differently from how it
/// runs) and lone surrogates (not valid in a UTF-8 file). Each language writes the escape in its own syntax.
/// </summary>
internal static class TextEscapes
{
    public static bool MustEscape(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        var category = char.GetUnicodeCategory(c);
        return char.IsControl(c) || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
    }

    /// <summary>A double-quoted literal with C-style backslash escapes, as C# and Python both read it; everything
    /// <see cref="MustEscape"/> flags becomes <c>\uXXXX</c>.</summary>
    public static string BackslashQuoted(string text)
    {
        var result = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                default:
                    if (MustEscape(text, i))
                    {
                        result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }
}
