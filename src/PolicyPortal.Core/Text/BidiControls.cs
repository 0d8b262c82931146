using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace PolicyPortal.Core.Text;

/// <summary>The invisible characters that reorder how text displays (Unicode's bidirectional controls, as in "Trojan
/// Source"): a name with U+202E in it reads differently from what it is. Where people read names and exported text,
/// each is shown as a visible token such as [U+202E]; what is stored and sent to Graph keeps them as typed (Graph
/// accepts them, so PolicyPortal advises rather than refuses).</summary>
public static class BidiControls
{
    // ALM, LRM, RLM, the embeddings and overrides LRE RLE PDF LRO RLO, and the isolates LRI RLI FSI PDI (UAX #9).
    private static readonly SearchValues<char> Controls =
        SearchValues.Create("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static bool Any([NotNullWhen(true)] string? text) => text is not null && text.AsSpan().IndexOfAny(Controls) >= 0;

    /// <summary>The text with every bidirectional control replaced by its visible code, e.g. [U+202E].</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Reveal(string? text)
    {
        if (!Any(text))
        {
            return text;
        }
        var shown = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            if (Controls.Contains(character))
            {
                shown.Append(CultureInfo.InvariantCulture, $"[U+{(int)character:X4}]");
            }
            else
            {
                shown.Append(character);
            }
        }
        return shown.ToString();
    }
}
