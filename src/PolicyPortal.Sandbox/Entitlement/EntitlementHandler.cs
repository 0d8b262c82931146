using Microsoft.Extensions.Options;
using PolicyPortal.Sandbox.Directory;
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
            (>= 3, "assignmentPolicies", _) => PolicyContents(request, segments, snapshot),
            (3, "accessPackages", "GET") when segments[2] == "assignmentPolicies" =>
                List(request, EntitlementKinds.Policies, snapshot.PoliciesOf(Get(EntitlementKinds.AccessPackages, snapshot.AccessPackages, segments[1]).Id), snapshot),
            (3 or 4, "catalogs", _) when segments[2] == "customWorkflowExtensions" => CatalogExtensions(request, segments, snapshot),
            (_, "catalogs", _) => ReadOnly(request, segments, EntitlementKinds.Catalogs, snapshot.Catalogs, snapshot),
            (_, "accessPackages", _) => ReadOnly(request, segments, EntitlementKinds.AccessPackages, snapshot.AccessPackages, snapshot),
            (3, "connectedOrganizations", "GET") when segments[2] is "internalSponsors" or "externalSponsors" => OrganizationSponsors(request, segments, snapshot),
            (_, "connectedOrganizations", _) => ReadOnly(request, segments, EntitlementKinds.ConnectedOrganizations, snapshot.ConnectedOrganizations, snapshot),
            (1 or 2, "assignmentPolicies", _) => throw GraphException.MethodNotAllowed(method),
            _ => throw GraphException.UnknownSegment(segments[^1]),
        };
    }

    /// <summary>connectedorganization-list-internalsponsors (and external): the organization's sponsors, users or groups.</summary>
    private SandboxResponse OrganizationSponsors(SandboxRequest request, IReadOnlyList<string> segments, TenantSnapshot snapshot)
    {
        var organization = Get(EntitlementKinds.ConnectedOrganizations, snapshot.ConnectedOrganizations, segments[1]);
        var sponsors = segments[2] == "internalSponsors"
            ? snapshot.Relations.InternalSponsorsOf(organization.Id)
            : snapshot.Relations.ExternalSponsorsOf(organization.Id);
        return DirectoryHandler.DirectoryObjects(request, sponsors, snapshot, options.Value.DefaultPageSize);
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
            2 => Single(request, kind, Get(kind, set, segments[1]), snapshot),
            _ => throw GraphException.UnknownSegment(segments[^1]),
        };
    }

    /// <summary><c>assignmentPolicies/{id}/questions[/{id}]</c> and <c>…/customExtensionStageSettings[/{id}[/customExtension]]</c>:
    /// the policy's contained navigations (spec §1), read-only like the rest of the sandbox's non-policy resources.</summary>
    private SandboxResponse PolicyContents(SandboxRequest request, IReadOnlyList<string> segments, TenantSnapshot snapshot)
    {
        var known = segments[2] switch
        {
            "questions" => segments.Count <= 4,
            "customExtensionStageSettings" => segments.Count <= 4 || (segments.Count == 5 && segments[4] == "customExtension"),
            _ => throw GraphException.UnknownSegment(segments[2]),
        };
        if (!known)
        {
            throw GraphException.UnknownSegment(segments[^1]);
        }
        if (request.Method != "GET")
        {
            throw GraphException.MethodNotAllowed(request.Method);
        }
        var policy = Get(EntitlementKinds.Policies, snapshot.Policies, segments[1]);
        var path = $"{EntitlementKinds.Root}/assignmentPolicies('{policy.Id}')/{segments[2]}";
        var (kind, items) = segments[2] == "questions"
            ? (EntitlementKinds.Questions.At(path), PolicyParts.Questions(policy))
            : (EntitlementKinds.CustomExtensionStageSettings.At(path), PolicyParts.StageSettings(policy));
        if (segments.Count == 3)
        {
            return List(request, kind, items, snapshot);
        }
        var item = items.FirstOrDefault(e => string.Equals(e.Id, segments[3], StringComparison.OrdinalIgnoreCase)) ?? throw kind.NotFound(segments[3]);
        if (segments.Count == 4)
        {
            return Single(request, kind, item, snapshot);
        }
        var extensionKind = EntitlementKinds.CustomWorkflowExtensions.At($"{path}('{item.Id}')/customExtension");
        var extensionId = item.Link(Links.CustomExtensionId);
        return Single(request, extensionKind, snapshot.CustomWorkflowExtensions.Find(extensionId) ?? throw extensionKind.NotFound(extensionId ?? "(none)"), snapshot);
    }

    /// <summary><c>catalogs/{id}/customWorkflowExtensions[/{id}]</c>, read-only.</summary>
    private SandboxResponse CatalogExtensions(SandboxRequest request, IReadOnlyList<string> segments, TenantSnapshot snapshot)
    {
        if (request.Method != "GET")
        {
            throw GraphException.MethodNotAllowed(request.Method);
        }
        var catalog = Get(EntitlementKinds.Catalogs, snapshot.Catalogs, segments[1]);
        var kind = EntitlementKinds.CustomWorkflowExtensions.At($"{EntitlementKinds.Root}/catalogs('{catalog.Id}')/customWorkflowExtensions");
        var items = snapshot.CustomWorkflowExtensionsOf(catalog.Id);
        return segments.Count == 3
            ? List(request, kind, items, snapshot)
            : Single(request, kind, items.FirstOrDefault(e => string.Equals(e.Id, segments[3], StringComparison.OrdinalIgnoreCase)) ?? throw kind.NotFound(segments[3]), snapshot);
    }

    private SandboxResponse List(SandboxRequest request, ResourceKind kind, IEnumerable<Entity> items, TenantSnapshot snapshot) =>
        CollectionResponder.List(request, ODataQuery.Parse(request, kind, ListOptions), kind, items, snapshot, options.Value.DefaultPageSize);

    private static SandboxResponse Single(SandboxRequest request, ResourceKind kind, Entity entity, TenantSnapshot snapshot) =>
        EntityProjector.Single(request, kind, entity, ODataQuery.Parse(request, kind, ODataQuery.Select, ODataQuery.Expand), snapshot);

    private static Entity Get(ResourceKind kind, EntitySet set, string id) => set.Find(id) ?? throw kind.NotFound(id);
}
