using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PolicyPortal.Sandbox.Http;

/// <summary>JSON as Graph writes it: camelCase, non-ASCII text left readable.</summary>
internal static class SandboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonNode? ToNode(JsonElement element) => JsonNode.Parse(element.GetRawText());

    public static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node, Options);

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    /// <summary>Graph's timestamp shape: UTC with seven fractional digits.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
