using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyPortal.Graph.Tests.Support;

/// <summary>
/// The shape of the Graph docs' request bodies, checked on emitted JSON: every collection present, <c>@odata.type</c>
/// on every subject, day-time durations, UTC <c>Z</c> times, <c>accessPackage: {"id"}</c>, no read-only members.
/// </summary>
internal static partial class DocsShape
{
    private static readonly string[] SubjectCollections =
    [
        "specificAllowedTargets", "onBehalfRequestors", "primaryApprovers", "fallbackPrimaryApprovers",
        "escalationApprovers", "fallbackEscalationApprovers", "primaryReviewers", "fallbackReviewers",
    ];

    public static IReadOnlyList<string> Violations(string json)
    {
        var violations = new List<string>();
        var root = JsonDocument.Parse(json).RootElement;
        Require(root, "$", violations, "specificAllowedTargets", "questions", "customExtensionStageSettings", "requestorSettings", "requestApprovalSettings", "expiration");
        if (root.TryGetProperty("requestorSettings", out var requestor))
        {
            Require(requestor, "$.requestorSettings", violations, "onBehalfRequestors");
        }

        if (root.TryGetProperty("requestApprovalSettings", out var approval))
        {
            Require(approval, "$.requestApprovalSettings", violations, "stages");
            var i = 0;
            foreach (var stage in approval.GetProperty("stages").EnumerateArray())
            {
                Require(stage, $"$.requestApprovalSettings.stages[{i++}]", violations, "primaryApprovers", "fallbackPrimaryApprovers", "escalationApprovers", "fallbackEscalationApprovers", "durationBeforeEscalation");
            }
        }

        if (root.TryGetProperty("reviewSettings", out var review))
        {
            Require(review, "$.reviewSettings", violations, "primaryReviewers", "fallbackReviewers");
        }

        if (root.TryGetProperty("accessPackage", out var package)
            && (package.EnumerateObject().Count() != 1 || !package.TryGetProperty("id", out _)))
        {
            violations.Add("$.accessPackage must be exactly {\"id\": ...}");
        }

        foreach (var readOnly in new[] { "createdDateTime", "modifiedDateTime", "catalog" })
        {
            if (root.TryGetProperty(readOnly, out _))
            {
                violations.Add($"$.{readOnly} is read-only and must not be sent");
            }
        }

        Walk(root, "$", violations);
        return violations;
    }

    public static void ShouldBeDocsShaped(string json)
    {
        var violations = Violations(json);
        violations.ShouldBeEmpty($"not docs-shaped:\n{string.Join("\n", violations)}\nJSON: {json}");
    }

    private static void Require(JsonElement element, string path, List<string> violations, params string[] members)
    {
        foreach (var member in members)
        {
            if (!element.TryGetProperty(member, out _))
            {
                violations.Add($"{path}.{member} is missing");
            }
        }
    }

    private static void Walk(JsonElement element, string path, List<string> violations)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                var memberPath = $"{path}.{member.Name}";
                CheckMember(member, memberPath, violations);
                Walk(member.Value, memberPath, violations);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, $"{path}[{i++}]", violations);
            }
        }
    }

    private static void CheckMember(JsonProperty member, string path, List<string> violations)
    {
        var name = member.Name;
        var value = member.Value;
        if (value.ValueKind == JsonValueKind.String && (name.StartsWith("duration", StringComparison.Ordinal) || name == "gracePeriodBeforeAccessRemoval")
            && !DayTimeDuration().IsMatch(value.GetString()!))
        {
            violations.Add($"{path} = {value} is not a day-time duration like P14D/PT8H");
        }

        if (name.EndsWith("DateTime", StringComparison.Ordinal) && value.ValueKind == JsonValueKind.String && !value.GetString()!.EndsWith('Z'))
        {
            violations.Add($"{path} = {value} is not UTC with Z");
        }

        if (SubjectCollections.Contains(name))
        {
            var i = 0;
            foreach (var subject in value.EnumerateArray())
            {
                var type = subject.TryGetProperty("@odata.type", out var t) ? t.GetString() : null;
                if (type is null || !type.StartsWith("#microsoft.graph.", StringComparison.Ordinal))
                {
                    violations.Add($"{path}[{i}] has no @odata.type");
                }
                else if (type != "#microsoft.graph.attributeRuleMembers" && subject.TryGetProperty("description", out _))
                {
                    violations.Add($"{path}[{i}] sends the read-only description");
                }

                i++;
            }
        }
    }

    [GeneratedRegex(@"^P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$")]
    private static partial Regex DayTimeDuration();
}
