using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>Reads a POST/PUT body and checks its shape: JSON, day-time durations, then the v1.0 schema.
/// Durations are checked first so that <c>P1Y</c> gets its own code instead of a generic schema error.</summary>
internal static class PolicyBodyReader
{
    private static readonly HashSet<string> DurationProperties =
        ["duration", "durationBeforeAutomaticDenial", "durationBeforeEscalation", "gracePeriodBeforeAccessRemoval", "timeoutDuration"];

    public static JsonObject Read(SandboxRequest request)
    {
        var contentType = request.Header("Content-Type");
        if (contentType is not null && !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphException(415, GraphErrorCodes.UnsupportedMediaType, $"Content-Type '{contentType}' is not supported; send application/json.");
        }
        JsonNode? node;
        try
        {
            node = string.IsNullOrWhiteSpace(request.Body) ? null : JsonNode.Parse(request.Body);
        }
        catch (JsonException ex)
        {
            throw GraphException.BadRequest(GraphErrorCodes.BadRequest, $"The request body is not valid JSON: {ex.Message}");
        }
        if (node is not JsonObject body)
        {
            throw GraphException.BadRequest(GraphErrorCodes.BadRequest, "The request body must be a JSON object (an accessPackageAssignmentPolicy).");
        }
        CheckDurations(body, "");
        PolicySchema.Check(SandboxJson.ToElement(body));
        return body;
    }

    private static void CheckDurations(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var childPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (DurationProperties.Contains(name) && value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                        && !PolicyJson.DayTimeDuration().IsMatch(v.GetValue<string>()))
                    {
                        throw GraphException.BadRequest(PolicyErrorCodes.Duration,
                            $"{childPath}: '{v.GetValue<string>()}' is not a valid Edm.Duration; use days, hours, minutes and seconds only (e.g. P14D, PT8H).");
                    }
                    CheckDurations(value, childPath);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckDurations(array[i], $"{path}[{i}]");
                }
                break;
        }
    }
}
