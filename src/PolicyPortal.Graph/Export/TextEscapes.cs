using System.Globalization;

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
}
