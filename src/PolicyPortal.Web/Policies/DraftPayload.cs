using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Web.Policies;

/// <summary>The wizard's draft as stored between sessions. Enums by name, so a reordered enum never changes a saved draft.</summary>
public static class DraftPayload
{
    /// <summary>Bump when <see cref="PolicyDraft"/> changes in a way old payloads cannot be read as.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new UnbrokenTextConverter() },
    };

    /// <exception cref="ArgumentException">Some text has a broken character (an unpaired UTF-16 surrogate): JSON
    /// would silently store U+FFFD in its place, so the draft is refused rather than changed.</exception>
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

    private sealed class UnbrokenTextConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            if (Utf16.FirstUnpairedSurrogate(value) is { } at)
            {
                var before = value[Math.Max(0, at - 20)..at];
                throw new ArgumentException(
                    $"the text “{before}…” has a broken character (half of a character pair such as an emoji) at position {at + 1}. Delete and retype it.",
                    nameof(value));
            }
            writer.WriteStringValue(value);
        }
    }
}
