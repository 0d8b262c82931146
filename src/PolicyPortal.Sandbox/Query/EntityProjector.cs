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
        ValidateExpand(query.ExpandItems, kind);
    }

    private static void ValidateExpand(IReadOnlyList<ExpandItem> items, ResourceKind kind)
    {
        foreach (var item in items)
        {
            if (!kind.Expansions.TryGetValue(item.Name, out var navigation))
            {
                throw GraphException.BadRequest(kind.BadRequestCode, $"Could not find a navigation property named '{item.Name}' on type '{kind.TypeName}'.");
            }
            if ((item.Levels is not null || item.Select is not null) && !navigation.TakesSelectAndLevels)
            {
                throw GraphException.BadRequest(kind.BadRequestCode,
                    $"Query option '{(item.Select is null ? ExpandItem.LevelsOption : ODataQuery.Select)}' inside $expand of '{item.Name}' is not supported.");
            }
            var target = navigation.Target();
            foreach (var name in item.Select ?? [])
            {
                if (!target.Properties.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    throw GraphException.BadRequest(kind.BadRequestCode, $"Could not find a property named '{name}' on type '{target.TypeName}'.");
                }
            }
            ValidateExpand(item.Nested, target);
        }
    }

    public static JsonObject Project(Entity entity, ResourceKind kind, ODataQuery query, TenantSnapshot snapshot) =>
        Project(entity, kind, query.SelectList, query.ExpandItems, snapshot);

    private static JsonObject Project(Entity entity, ResourceKind kind, IReadOnlyList<string>? selectList,
        IReadOnlyList<ExpandItem> expand, TenantSnapshot snapshot)
    {
        var select = selectList ?? kind.DefaultSelect;
        JsonObject result;
        if (select is null)
        {
            result = (JsonObject)SandboxJson.ToNode(entity.Data)!;
            foreach (var navigation in kind.Expansions.Keys)
            {
                result.Remove(navigation);
            }
        }
        else
        {
            result = [];
            // An entity of a derived type (a custom extension, a question) names its type whatever is selected.
            if (entity.Data.TryGetProperty("@odata.type", out var type))
            {
                result["@odata.type"] = ToNode(type);
            }
            foreach (var name in kind.Properties)
            {
                if (select.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    result[name] = entity.Data.TryGetProperty(name, out var value) ? ToNode(value) : null;
                }
            }
        }
        foreach (var item in expand)
        {
            var navigation = kind.Expansions[item.Name];
            var target = navigation.Target();
            // $levels: what was reached is expanded the same way again, one level fewer, until the chain ends.
            var nested = item.Levels is > 1 ? [.. item.Nested, item with { Levels = item.Levels - 1 }] : item.Nested;
            var related = navigation.Resolve(entity, snapshot)
                .Select(e => Project(e, target, item.Select, nested, snapshot))
                .Select(json => (JsonNode)(navigation.NamesType ? Named(json, target) : json))
                .ToList();
            if (related.Count == 0 && item.Levels is not null)
            {
                continue; // the top of a chain has no such member (user-list-manager's example)
            }
            result[item.Name] = navigation.IsCollection ? new JsonArray([.. related]) : related.FirstOrDefault();
        }
        return result;
    }

    /// <summary>An item of a collection of several types, with its <c>@odata.type</c> first.</summary>
    public static JsonObject Typed(Entity entity, ResourceKind kind, ODataQuery query, TenantSnapshot snapshot) =>
        Named(Project(entity, kind, query, snapshot), kind);

    private static JsonObject Named(JsonObject body, ResourceKind kind)
    {
        body.Remove("@odata.type");
        body.Insert(0, "@odata.type", $"#{kind.TypeName}");
        return body;
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
