using System.Globalization;
using Microsoft.Extensions.Options;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Directory;

/// <summary><c>/users</c>, <c>/groups</c>, <c>/servicePrincipals</c>: list, <c>/$count</c>, get by id
/// (users also by userPrincipalName) and <c>/users/{id}/manager</c>. Read-only, like the portal's permissions.</summary>
internal sealed class DirectoryHandler(TenantStore store, IOptions<SandboxOptions> options)
{
    private static readonly string[] ListOptions =
        [ODataQuery.Search, ODataQuery.Filter, ODataQuery.Select, ODataQuery.Top, ODataQuery.Count, ODataQuery.SkipToken, ODataQuery.OrderBy];

    public static bool Owns(string segment) => segment is "users" or "groups" or "servicePrincipals";

    public SandboxResponse Handle(SandboxRequest request, IReadOnlyList<string> segments)
    {
        var snapshot = store.Current;
        var (kind, set) = DirectoryKinds.Find(segments[0], snapshot)!.Value;
        if (request.Method != "GET")
        {
            // The sandbox directory is read-only: the portal never writes to it.
            throw GraphException.MethodNotAllowed(request.Method);
        }
        switch (segments.Count)
        {
            case 1:
                return CollectionResponder.List(request, ODataQuery.Parse(request, kind, ListOptions), kind, set.Items, snapshot,
                    options.Value.DefaultPageSize);
            case 2 when segments[1] == "$count":
                return Count(request, kind, set);
            case 2:
                return Single(request, kind, Find(kind, set, segments[1]), snapshot);
            case 3 when kind == DirectoryKinds.Users && segments[2] == "manager":
                var user = Find(kind, set, segments[1]);
                var manager = set.Find(user.Link(Links.ManagerId)) ?? throw kind.NotFound("manager");
                var body = Single(request, kind, manager, snapshot).Body!.AsObject();
                body["@odata.context"] = $"{request.BaseUrl}/v1.0/$metadata#directoryObjects/$entity";
                body.Insert(1, "@odata.type", "#microsoft.graph.user");
                return SandboxResponse.Json(200, body);
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
        var query = ODataQuery.Parse(request, kind, ODataQuery.Select);
        return EntityProjector.Single(request, kind, entity, query, snapshot);
    }

    private static SandboxResponse Count(SandboxRequest request, ResourceKind kind, EntitySet set)
    {
        // Graph: /$count is an advanced query and needs the header, else 400.
        if (!request.IsEventual)
        {
            throw GraphException.BadRequest(GraphErrorCodes.DirectoryBadRequest,
                "$count is not currently supported without the header 'ConsistencyLevel: eventual'.");
        }
        var query = ODataQuery.Parse(request, kind, ODataQuery.Search, ODataQuery.Filter);
        var count = CollectionResponder.Apply(request, query, kind, set.Items).Count();
        return new SandboxResponse { Status = 200, Text = count.ToString(CultureInfo.InvariantCulture) };
    }
}
