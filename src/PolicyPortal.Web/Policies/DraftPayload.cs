using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Web.Policies;

/// <summary>The wizard's draft as stored between sessions. Enums by name, so a reordered enum never changes a saved draft.</summary>
public static class DraftPayload
{
    /// <summary>Bump when <see cref="PolicyDraft"/> changes in a way old payloads cannot be read as.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(PolicyDraft draft) => JsonSerializer.Serialize(draft, Options);

    /// <summary>The stored draft, or null when the payload cannot be read (then the admin starts again, told why).</summary>
    public static PolicyDraft? TryDeserialize(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<PolicyDraft>(payload, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
