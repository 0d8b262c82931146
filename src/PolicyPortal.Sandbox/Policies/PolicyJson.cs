using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>Small readers over a policy body, tolerant of missing and null members.</summary>
internal static partial class PolicyJson
{
    public static JsonObject? Obj(this JsonNode? node, string name) => node is JsonObject o && o[name] is JsonObject child ? child : null;

    public static JsonArray Arr(this JsonNode? node, string name) => node is JsonObject o && o[name] is JsonArray child ? child : [];

    public static string? Str(this JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool? Bool(this JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    public static int? Int(this JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    public static bool Has(this JsonNode? node, string name) => node is JsonObject o && o[name] is not null;

    /// <summary>The subject type without <c>#microsoft.graph.</c>, e.g. <c>singleUser</c>.</summary>
    public static string SubjectType(this JsonNode? subject) =>
        (subject.Str("@odata.type") ?? "").TrimStart('#').Replace("microsoft.graph.", "", StringComparison.Ordinal);

    /// <summary>Edm.Duration is xs:dayTimeDuration: days, hours, minutes, seconds — never years, months or weeks.</summary>
    [GeneratedRegex(@"^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")]
    public static partial Regex DayTimeDuration();

    public static TimeSpan? Duration(this JsonNode? node, string name) =>
        node.Str(name) is { } text && DayTimeDuration().IsMatch(text) ? XmlConvert.ToTimeSpan(text) : null;
}
