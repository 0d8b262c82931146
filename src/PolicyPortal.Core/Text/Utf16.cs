namespace PolicyPortal.Core.Text;

/// <summary>UTF-16 facts the importer, the draft store and the exporters share.</summary>
public static class Utf16
{
    /// <summary>The index of the first unpaired surrogate (half of a character pair such as an emoji), or null when
    /// the text is valid. Such text cannot be written as UTF-8 without silently becoming U+FFFD.</summary>
    public static int? FirstUnpairedSurrogate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }
}
