namespace PolicyPortal.Core.Text;

/// <summary>What someone typed or pasted, quoted in a message: cut short, so the message stays readable whatever was
/// pasted, and never in the middle of a character pair.</summary>
public static class Excerpt
{
    public const int MaxLength = 60;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var cut = MaxLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }
        return text[..cut] + "…";
    }
}
