using Microsoft.Extensions.Options;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Entitlement;

/// <summary>Routes <c>/identityGovernance/entitlementManagement/...</c>.</summary>
internal sealed class EntitlementHandler(TenantStore store, PolicyHandler policies, IOptions<SandboxOptions> options)
{
    private static readonly string[] ListOptions =
        [ODataQuery.Filter, ODataQuery.Select, ODataQuery.Expand, ODataQuery.Top, ODataQuery.Count, ODataQuery.SkipToken, ODataQuery.OrderBy];

    // segments: the path below entitlementManagement.
    public SandboxResponse Handle(SandboxRequest request, IReadOnlyList<string> segments)
    {
        var snapshot = store.Current;
        var method = request.Method;
        return (segments.Count, segments.ElementAtOrDefault(0), method) switch
        {
            (1, "assignmentPolicies", "GET") => List(request, EntitlementKinds.Policies, snapshot.Policies.Items, snapshot),
            (1, "assignmentPolicies", "POST") => policies.Create(request),
            (2, "assignmentPolicies", "GET") => policies.Get(request, segments[1]),
            (2, "assignmentPolicies", "PUT") => policies.Replace(request, segments[1]),
            (2, "assignmentPolicies", "DELETE") => policies.Delete(segments[1]),
            (3, "accessPackages", "GET") when segments[2] == "assignmentPolicies" =>
                List(request, EntitlementKinds.Policies, snapshot.PoliciesOf(Get(EntitlementKinds.AccessPackages, snapshot.AccessPackages, segments[1]).Id), snapshot),
            (_, "catalogs", _) => ReadOnly(request, segments, EntitlementKinds.Catalogs, snapshot.Catalogs, snapshot),
            (_, "accessPackages", _) => ReadOnly(request, segments, EntitlementKinds.AccessPackages, snapshot.AccessPackages, snapshot),
            (_, "connectedOrganizations", _) => ReadOnly(request, segments, EntitlementKinds.ConnectedOrganizations, snapshot.ConnectedOrganizations, snapshot),
            (1 or 2, "assignmentPolicies", _) => throw GraphException.MethodNotAllowed(method),
            _ => throw GraphException.UnknownSegment(segments[^1]),
        };
    }

    private SandboxResponse ReadOnly(SandboxRequest request, IReadOnlyList<string> segments, ResourceKind kind, EntitySet set, TenantSnapshot snapshot)
    {
        if (request.Method != "GET")
        {
            throw GraphException.MethodNotAllowed(request.Method);
        }
        return segments.Count switch
        {
            1 => List(request, kind, set.Items, snapshot),
            2 => EntityProjector.Single(request, kind, Get(kind, set, segments[1]),
                ODataQuery.Parse(request, kind, ODataQuery.Select, ODataQuery.Expand), snapshot),
            _ => throw GraphException.UnknownSegment(segments[^1]),
        };
    }

    private SandboxResponse List(SandboxRequest request, ResourceKind kind, IEnumerable<Entity> items, TenantSnapshot snapshot) =>
        CollectionResponder.List(request, ODataQuery.Parse(request, kind, ListOptions), kind, items, snapshot, options.Value.DefaultPageSize);

    private static Entity Get(ResourceKind kind, EntitySet set, string id) => set.Find(id) ?? throw kind.NotFound(id);
}
