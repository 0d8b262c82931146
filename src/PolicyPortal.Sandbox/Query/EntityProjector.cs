using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Query;

/// <summary>Turns a stored entity into the JSON Graph returns, applying <c>$select</c> and <c>$expand</c>.</summary>
internal static class EntityProjector
{
    /// <summary>Checks <c>$select</c>/<c>$expand</c> names; Graph answers 400 for properties it does not know.</summary>
    public static void Validate(ODataQuery query, ResourceKind kind)
    {
        foreach (var name in query.SelectList ?? [])
        {
            if (!kind.Properties.Contains(name, StringComparer.OrdinalIgnoreCase) && !kind.Expansions.ContainsKey(name))
            {
                throw GraphException.BadRequest(kind.BadRequestCode, $"Could not find a property named '{name}' on type '{kind.TypeName}'.");
            }
        }
        foreach (var name in query.ExpandList ?? [])
        {
            if (!kind.Expansions.ContainsKey(name))
            {
                throw GraphException.BadRequest(kind.BadRequestCode, $"Could not find a navigation property named '{name}' on type '{kind.TypeName}'.");
            }
        }
    }

    public static JsonObject Project(Entity entity, ResourceKind kind, ODataQuery query, TenantSnapshot snapshot)
    {
        var select = query.SelectList ?? kind.DefaultSelect;
        JsonObject result;
        if (select is null)
        {
            result = (JsonObject)SandboxJson.ToNode(entity.Data)!;
        }
        else
        {
            result = [];
            foreach (var name in kind.Properties)
            {
                if (select.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    result[name] = entity.Data.TryGetProperty(name, out var value) ? ToNode(value) : null;
                }
            }
        }
        foreach (var name in query.ExpandList ?? [])
        {
            result[name] = kind.Expansions[name](entity, snapshot);
        }
        return result;
    }

    /// <summary>A single entity with its <c>@odata.context</c> first, as Graph writes it.</summary>
    public static SandboxResponse Single(SandboxRequest request, ResourceKind kind, Entity entity, ODataQuery query,
        TenantSnapshot snapshot, int status = 200)
    {
        Validate(query, kind);
        var body = Project(entity, kind, query, snapshot);
        body.Insert(0, "@odata.context", ContextUrl(request, kind, query, single: true));
        return SandboxResponse.Json(status, body);
    }

    private static JsonNode? ToNode(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : SandboxJson.ToNode(value);

    public static string ContextUrl(SandboxRequest request, ResourceKind kind, ODataQuery query, bool single)
    {
        var select = query.SelectList is { } list ? $"({string.Join(',', list)})" : "";
        return $"{request.BaseUrl}/v1.0/$metadata#{kind.EntitySet}{select}{(single ? "/$entity" : "")}";
    }
}
