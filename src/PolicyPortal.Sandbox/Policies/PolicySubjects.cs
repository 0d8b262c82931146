using System.Text.Json.Nodes;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>Every subjectSet slot of a policy, with the JSON path used in error messages.</summary>
internal static class PolicySubjects
{
    private static readonly string[] StageSlots = ["primaryApprovers", "fallbackPrimaryApprovers", "escalationApprovers", "fallbackEscalationApprovers"];

    public static IEnumerable<(string Path, JsonObject Subject)> All(JsonObject body)
    {
        foreach (var item in Slot(body, "specificAllowedTargets", "specificAllowedTargets"))
        {
            yield return item;
        }
        foreach (var item in Slot(body.Obj("requestorSettings"), "onBehalfRequestors", "requestorSettings.onBehalfRequestors"))
        {
            yield return item;
        }
        var stages = body.Obj("requestApprovalSettings").Arr("stages");
        for (var i = 0; i < stages.Count; i++)
        {
            foreach (var slot in StageSlots)
            {
                foreach (var item in Slot(stages[i], slot, $"requestApprovalSettings.stages[{i}].{slot}"))
                {
                    yield return item;
                }
            }
        }
        foreach (var slot in new[] { "primaryReviewers", "fallbackReviewers" })
        {
            foreach (var item in Slot(body.Obj("reviewSettings"), slot, $"reviewSettings.{slot}"))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string, JsonObject)> Slot(JsonNode? parent, string name, string path)
    {
        var array = parent.Arr(name);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject subject)
            {
                yield return ($"{path}[{i}]", subject);
            }
        }
    }
}
