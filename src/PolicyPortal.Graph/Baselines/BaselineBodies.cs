using System.Text.Json.Nodes;
using PolicyPortal.Core.Policies;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Baselines;

/// <summary>A baseline body made into what would be sent to this tenant: its ids swapped for the ones matched here, and,
/// for a policy that exists, laid over that policy so nothing the baseline does not state is wiped by the full PUT.</summary>
public static class BaselineBodies
{
    /// <summary>A copy of <paramref name="body"/> with every id that <paramref name="ids"/> maps (lower-case keys) replaced.</summary>
    public static JsonObject WithIds(JsonObject body, IReadOnlyDictionary<string, string> ids)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(ids);
        return (JsonObject)Swap(body, ids)!;
    }

    /// <summary>The policy <paramref name="live"/> with what <paramref name="body"/> states laid over it: a member the body
    /// states replaces the live one (objects member by member, lists whole); a member it does not state stays as it is.</summary>
    public static PolicyDraft Over(PolicyDraft live, string liveJson, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(live);
        var merged = (JsonObject)JsonNode.Parse(liveJson)!;
        Lay(body, merged);
        // The live policy's own JSON and a body that read without errors: whatever this reports was reported on the baseline.
        var draft = PolicyJson.Read(merged, out _).Draft ?? throw new InvalidOperationException("A policy merged from readable JSON could not be read.");
        draft.Id = live.Id;
        draft.AccessPackage = new AccessPackageReference { Id = live.AccessPackage.Id, DisplayName = live.AccessPackage.DisplayName };
        return draft;
    }

    private static void Lay(JsonObject over, JsonObject under)
    {
        foreach (var (name, value) in over)
        {
            if (value is JsonObject part && under[name] is JsonObject existing)
            {
                Lay(part, existing);
            }
            else
            {
                under[name] = value?.DeepClone();
            }
        }
    }

    private static JsonNode? Swap(JsonNode? node, IReadOnlyDictionary<string, string> ids) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Swap(p.Value, ids)))),
        JsonArray a => new JsonArray([.. a.Select(item => Swap(item, ids))]),
        JsonValue v when v.TryGetValue<string>(out var text) && ids.TryGetValue(text.Trim().ToLowerInvariant(), out var swapped) => JsonValue.Create(swapped),
        _ => node?.DeepClone(),
    };
}
