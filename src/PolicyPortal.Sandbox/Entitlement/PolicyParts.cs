using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Entitlement;

/// <summary>The entities a stored policy contains (questions, custom extension stage settings) as entities of their
/// own, for the sub-resource routes and <c>$expand</c>.</summary>
internal static class PolicyParts
{
    public static IEnumerable<Entity> Questions(Entity policy) =>
        Items(policy, "questions").Select(q => new Entity(q.GetProperty("id").GetString()!, q));

    /// <summary>Each setting as <c>id</c> and <c>stage</c>, with its extension kept as a link for <c>$expand=customExtension</c>.</summary>
    public static IEnumerable<Entity> StageSettings(Entity policy)
    {
        foreach (var setting in Items(policy, "customExtensionStageSettings"))
        {
            var id = setting.GetProperty("id").GetString()!;
            var data = new JsonObject { ["id"] = id };
            if (setting.TryGetProperty("stage", out var stage))
            {
                data["stage"] = SandboxJson.ToNode(stage);
            }
            var links = setting.TryGetProperty("customExtension", out var extension) && extension.ValueKind == JsonValueKind.Object
                && extension.TryGetProperty("id", out var extensionId)
                    ? new Dictionary<string, string> { [Links.CustomExtensionId] = extensionId.GetString()! }
                    : null;
            yield return new Entity(id, SandboxJson.ToElement(data), links);
        }
    }

    private static IEnumerable<JsonElement> Items(Entity policy, string property) =>
        policy.Data.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("id", out _))
            : [];
}
