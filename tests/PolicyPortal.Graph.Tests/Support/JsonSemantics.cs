using System.Text.Json.Nodes;
using System.Xml;

namespace PolicyPortal.Graph.Tests.Support;

/// <summary>
/// Compares two policy JSON documents by meaning rather than by bytes. The normal form: members sorted; <c>null</c>,
/// <c>false</c>, <c>[]</c> and <c>{}</c> read as absent (Graph's defaults for these settings); the leading <c>#</c> of
/// <c>@odata.type</c> is optional and the declared (non-polymorphic) types of answer choices and stages are implied;
/// read-only members are dropped (created/modified times, the <c>description</c> of user/group/service principal/
/// connected organization subjects); the escalation delay is meaningless while escalation is off; an expiration of
/// type <c>notSpecified</c> says nothing; durations compare by length (<c>PT36H</c> = <c>P1DT12H</c>). Array order is
/// kept (stage order matters).
/// </summary>
internal static class JsonSemantics
{
    private static readonly HashSet<string> ImpliedTypes = new(StringComparer.Ordinal)
    {
        "microsoft.graph.accessPackageAnswerChoice",
        "microsoft.graph.accessPackageApprovalStage",
        "microsoft.graph.accessPackageAssignmentPolicy",
    };

    private static readonly HashSet<string> ReadOnlyDescriptionTypes = new(StringComparer.Ordinal)
    {
        "microsoft.graph.singleUser",
        "microsoft.graph.groupMembers",
        "microsoft.graph.singleServicePrincipal",
        "microsoft.graph.connectedOrganizationMembers",
    };

    public static JsonNode? Normalize(string json) => Normalize(JsonNode.Parse(json));

    public static void ShouldMeanTheSame(string actual, string expected)
    {
        var a = Normalize(actual);
        var e = Normalize(expected);
        var pretty = (JsonNode? node) => node?.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) ?? "null";
        JsonNode.DeepEquals(a, e).ShouldBeTrue($"Semantic difference.\nExpected (normalised):\n{pretty(e)}\nActual (normalised):\n{pretty(a)}");
    }

    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject obj => NormalizeObject(obj),
        JsonArray array => new JsonArray([.. array.Select(Normalize)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonObject? NormalizeObject(JsonObject obj)
    {
        var type = (obj["@odata.type"] as JsonValue)?.GetValue<string>().TrimStart('#');
        var escalationOn = obj["isEscalationEnabled"] is JsonValue flag && flag.GetValue<bool>();
        var result = new JsonObject();
        foreach (var (name, value) in obj.OrderBy(member => member.Key, StringComparer.Ordinal))
        {
            var skip = name switch
            {
                "@odata.type" => type is null || ImpliedTypes.Contains(type),
                "createdDateTime" or "modifiedDateTime" => true,
                "description" => type is not null && ReadOnlyDescriptionTypes.Contains(type),
                "durationBeforeEscalation" => !escalationOn,
                _ => false,
            };
            if (skip)
            {
                continue;
            }

            var normalized = name switch
            {
                "@odata.type" => JsonValue.Create(type),
                _ when IsDuration(name) && value is JsonValue text && text.TryGetValue<string>(out var iso) => JsonValue.Create(XmlConvert.ToTimeSpan(iso).Ticks),
                _ => Normalize(value),
            };
            if (IsEmpty(normalized) || (name == "expiration" && IsNotSpecified(normalized)))
            {
                continue;
            }

            result[name] = normalized;
        }

        return result.Count == 0 ? null : result;
    }

    /// <summary>PT36H and P1DT12H are the same duration: durations compare by length.</summary>
    private static bool IsDuration(string name) =>
        name is "duration" or "durationBeforeAutomaticDenial" or "durationBeforeEscalation" or "gracePeriodBeforeAccessRemoval";

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        JsonValue value => value.TryGetValue<bool>(out var flag) && !flag,
        _ => false,
    };

    private static bool IsNotSpecified(JsonNode? node) =>
        node is JsonObject obj && obj.Count == 1 && obj["type"]?.GetValue<string>() == "notSpecified";
}
