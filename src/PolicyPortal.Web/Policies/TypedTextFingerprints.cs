using System.Text.Json;

namespace PolicyPortal.Web.Policies;

/// <summary>The fingerprints of every text a stored draft holds, for the browser's copy of unsent typing
/// (<c>policyPortal.unsent</c> in portal.js): a kept value whose fingerprint is here has reached the database, so the
/// browser lets it go. FNV-1a over UTF-16 code units, computed the same way in the browser; a rare collision only lets a
/// copy go early.</summary>
public static class TypedTextFingerprints
{
    public static IReadOnlyCollection<uint> OfPayload(string payloadJson)
    {
        var fingerprints = new HashSet<uint>();
        using var payload = JsonDocument.Parse(payloadJson);
        Collect(payload.RootElement, fingerprints);
        return fingerprints;
    }

    public static uint Of(string text)
    {
        var hash = 0x811c9dc5u;
        foreach (var unit in text)
        {
            hash = unchecked((hash ^ unit) * 0x01000193u);
        }
        return hash;
    }

    private static void Collect(JsonElement element, HashSet<uint> fingerprints)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                fingerprints.Add(Of(element.GetString()!));
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, fingerprints);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, fingerprints);
                }
                break;
        }
    }
}
