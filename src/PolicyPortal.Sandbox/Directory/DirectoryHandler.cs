using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Directory;

/// <summary><c>/users</c>, <c>/groups</c>, <c>/servicePrincipals</c>: list, <c>/$count</c>, get by id (users also by
/// userPrincipalName, with <c>$expand=manager($levels=n)</c>), <c>/users/{id}/manager</c>, <c>/users/{id}/sponsors</c>,
/// <c>POST /users/{id}/checkMemberGroups</c>, and a group's <c>members</c> and <c>transitiveMembers</c> with their
/// <c>/$count</c>. Read-only otherwise, like the portal's permissions.</summary>
internal sealed class DirectoryHandler(TenantStore store, IOptions<SandboxOptions> options)
{
    private static readonly string[] ListOptions =
        [ODataQuery.Search, ODataQuery.Filter, ODataQuery.Select, ODataQuery.Top, ODataQuery.Count, ODataQuery.SkipToken, ODataQuery.OrderBy];

    private static readonly string[] MemberOptions = [ODataQuery.Select, ODataQuery.Top, ODataQuery.Count, ODataQuery.SkipToken];

    /// <summary>directoryobject-checkmembergroups: "Up to 20 groups may be specified".</summary>
    public const int MaxCheckedGroups = 20;

    public static bool Owns(string segment) => segment is "users" or "groups" or "servicePrincipals";

    public SandboxResponse Handle(SandboxRequest request, IReadOnlyList<string> segments)
    {
        var snapshot = store.Current;
        var (kind, set) = DirectoryKinds.Find(segments[0], snapshot)!.Value;
        if (kind == DirectoryKinds.Users && segments is [_, _, "checkMemberGroups"])
        {
            return request.Method == "POST" ? CheckMemberGroups(request, Find(kind, set, segments[1]), snapshot) : throw GraphException.MethodNotAllowed(request.Method);
        }
        if (request.Method != "GET")
        {
            // The sandbox directory is read-only: the portal never writes to it.
            throw GraphException.MethodNotAllowed(request.Method);
        }
        switch (segments.Count)
        {
            case 1:
                return CollectionResponder.List(request, ODataQuery.Parse(request, kind, ListOptions), kind, set.Items, snapshot,
                    options.Value.DefaultPageSize, indexed: set);
            case 2 when segments[1] == "$count":
                return Count(request, () => CollectionResponder.Apply(request, ODataQuery.Parse(request, kind, ODataQuery.Search, ODataQuery.Filter), kind, set.Items, set));
            case 2:
                return Single(request, kind, Find(kind, set, segments[1]), snapshot);
            case 3 when kind == DirectoryKinds.Users && segments[2] == "manager":
                var user = Find(kind, set, segments[1]);
                var manager = set.Find(user.Link(Links.ManagerId)) ?? throw kind.NotFound("manager");
                var select = ODataQuery.Parse(request, kind, ODataQuery.Select);
                EntityProjector.Validate(select, kind);
                var body = EntityProjector.Project(manager, kind, select, snapshot);
                body.Insert(0, "@odata.context", $"{request.BaseUrl}/v1.0/$metadata#directoryObjects/$entity");
                body.Insert(1, "@odata.type", "#microsoft.graph.user");
                return SandboxResponse.Json(200, body);
            case 3 when kind == DirectoryKinds.Users && segments[2] == "sponsors":
                return DirectoryObjects(request, snapshot.Relations.SponsorsOf(Find(kind, set, segments[1]).Id), snapshot, options.Value.DefaultPageSize);
            case 3 or 4 when kind == DirectoryKinds.Groups && segments[2] is "members" or "transitiveMembers":
                var group = Find(kind, set, segments[1]);
                var ids = segments[2] == "members" ? snapshot.Relations.MembersOf(group.Id) : snapshot.Relations.TransitiveMembersOf(group.Id);
                return segments.Count == 3 ? DirectoryObjects(request, ids, snapshot, options.Value.DefaultPageSize)
                    : segments[3] == "$count" ? Count(request, () => Existing(ids, snapshot).Select(found => found.Entity))
                    : throw GraphException.UnknownSegment(segments[3]);
            default:
                throw GraphException.UnknownSegment(segments[^1]);
        }
    }

    private static Entity Find(ResourceKind kind, EntitySet set, string key) =>
        set.Find(key)
        ?? (kind == DirectoryKinds.Users ? set.Items.FirstOrDefault(u => string.Equals(u.GetString("userPrincipalName"), key, StringComparison.OrdinalIgnoreCase)) : null)
        ?? throw kind.NotFound(key);

    private static SandboxResponse Single(SandboxRequest request, ResourceKind kind, Entity entity, TenantSnapshot snapshot)
    {
        var query = ODataQuery.Parse(request, kind, ODataQuery.Select, ODataQuery.Expand);
        // user-list-manager: ConsistencyLevel: eventual is "required when the request includes the $levels=n in the $expand".
        if (query.ExpandItems.Any(item => item.Levels is not null) && !request.IsEventual)
        {
            throw GraphException.BadRequest(GraphErrorCodes.UnsupportedQuery,
                "$levels inside $expand only works with the header 'ConsistencyLevel: eventual'.");
        }
        return EntityProjector.Single(request, kind, entity, query, snapshot);
    }

    /// <summary>Users and groups by id, each with its type, as a collection with <c>$select</c>, <c>$top</c> and
    /// <c>$count</c>; ids of deleted objects are left out, as Graph does.</summary>
    public static SandboxResponse DirectoryObjects(SandboxRequest request, IEnumerable<string> ids, TenantSnapshot snapshot, int pageSize)
    {
        var kind = DirectoryKinds.DirectoryObjects;
        var query = ODataQuery.Parse(request, kind, MemberOptions);
        var found = Existing(ids, snapshot).ToList();
        var kinds = found.ToDictionary(f => f.Entity, f => f.Kind);
        return CollectionResponder.List(request, query, kind, found.Select(f => f.Entity), snapshot, pageSize, entity => kinds[entity]);
    }

    private static IEnumerable<(ResourceKind Kind, Entity Entity)> Existing(IEnumerable<string> ids, TenantSnapshot snapshot) =>
        ids.Select(id => DirectoryKinds.UserOrGroup(id, snapshot)).OfType<(ResourceKind Kind, Entity Entity)>();

    private static SandboxResponse Count(SandboxRequest request, Func<IEnumerable<Entity>> items)
    {
        // Graph: /$count is an advanced query and needs the header, else 400.
        if (!request.IsEventual)
        {
            throw GraphException.BadRequest(GraphErrorCodes.DirectoryBadRequest,
                "$count is not currently supported without the header 'ConsistencyLevel: eventual'.");
        }
        return new SandboxResponse { Status = 200, Text = items().Count().ToString(CultureInfo.InvariantCulture) };
    }

    /// <summary>directoryobject-checkmembergroups: which of the given groups the user is in, transitively.</summary>
    private static SandboxResponse CheckMemberGroups(SandboxRequest request, Entity user, TenantSnapshot snapshot)
    {
        var groupIds = GroupIds(request.Body);
        if (groupIds.Count is 0 or > MaxCheckedGroups)
        {
            throw GraphException.BadRequest(GraphErrorCodes.DirectoryBadRequest, $"groupIds must name from 1 to {MaxCheckedGroups} groups.");
        }
        var matched = groupIds.Where(id => snapshot.Groups.Contains(id) && snapshot.Relations.IsTransitiveMember(user.Id, id));
        return SandboxResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = $"{request.BaseUrl}/v1.0/$metadata#Collection(Edm.String)",
            ["value"] = new JsonArray([.. matched.Select(id => (JsonNode)JsonValue.Create(id))]),
        });
    }

    private static List<string> GroupIds(string? body)
    {
        try
        {
            using var json = JsonDocument.Parse(body ?? "");
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("groupIds", out var ids) && ids.ValueKind == JsonValueKind.Array)
            {
                return [.. ids.EnumerateArray().Select(id => id.GetString() ?? throw new JsonException("a group id is not a string"))];
            }
        }
        catch (JsonException)
        {
            // Answered below.
        }
        throw GraphException.BadRequest(GraphErrorCodes.DirectoryBadRequest, "The body must be {\"groupIds\": [\"<group id>\", …]}.");
    }
}
