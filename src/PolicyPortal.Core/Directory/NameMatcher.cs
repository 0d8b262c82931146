using PolicyPortal.Core.Ports;

namespace PolicyPortal.Core.Directory;

/// <summary>Graph's <c>$search</c> rule, approximated locally: any word of the name (or the mail/UPN) starts with the text.</summary>
internal static class NameMatcher
{
    private static readonly char[] Separators = [' ', '-', '_', '.', '(', ')', '\'', '<', '>', '/'];

    public static bool Matches(DirectoryEntry entry, string text) =>
        entry.DisplayName.StartsWith(text, StringComparison.OrdinalIgnoreCase)
        || entry.DisplayName.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Any(word => word.StartsWith(text, StringComparison.OrdinalIgnoreCase))
        || (entry.Detail?.StartsWith(text, StringComparison.OrdinalIgnoreCase) ?? false);
}
