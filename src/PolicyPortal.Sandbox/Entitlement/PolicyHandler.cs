using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Policies;
using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Entitlement;

/// <summary>Create, read, replace and delete assignment policies. The shape is checked outside the write lock
/// (schema evaluation is the slow part); the service rules run inside it, so rules across policies cannot race.
/// Create and replace answer the policy without its navigation properties, as the docs' responses show.</summary>
internal sealed class PolicyHandler(TenantStore store, TimeProvider time)
{
    private static readonly ResourceKind Kind = EntitlementKinds.Policies;

    private const string StageSettings = "customExtensionStageSettings";

    public SandboxResponse Create(SandboxRequest request)
    {
        var body = PolicyBodyReader.Read(request);
        var (entity, snapshot) = store.Update(current =>
        {
            var now = time.GetUtcNow();
            var packageId = PolicyRules.Check(body, new PolicyContext(current, now, Existing: null));
            var created = PolicyEntityFactory.Create(body, Guid.NewGuid().ToString(), packageId, now, now, current);
            var next = current with { Policies = current.Policies.Upsert(created) };
            return (next, (created, next));
        });
        return EntityProjector.Single(request, Kind, entity, ODataQuery.Empty, snapshot, status: 201);
    }

    public SandboxResponse Get(SandboxRequest request, string id)
    {
        var snapshot = store.Current;
        var query = ODataQuery.Parse(request, Kind, ODataQuery.Select, ODataQuery.Expand);
        return EntityProjector.Single(request, Kind, snapshot.Policies.Find(id) ?? throw Kind.NotFound(id), query, snapshot);
    }

    /// <summary>PUT replaces the whole policy: whatever the body leaves out is gone afterwards, except the custom
    /// extension stage settings (see below).</summary>
    public SandboxResponse Replace(SandboxRequest request, string id)
    {
        var body = PolicyBodyReader.Read(request);
        var (entity, snapshot) = store.Update(current =>
        {
            var existing = current.Policies.Find(id) ?? throw Kind.NotFound(id);
            var now = time.GetUtcNow();
            var packageId = PolicyRules.Check(body, new PolicyContext(current, now, existing));
            // customExtensionStageSettings is a contained navigation that a plain GET does not return, and the documented
            // way to remove the settings is an empty collection (D-RES customextensionstagesetting: "call the Update
            // accessPackageAssignmentPolicy and specify the [customExtensionStageSettings] property as an empty
            // collection"). So a PUT that leaves the member out keeps them; [] removes them; a list replaces them.
            if (!body.ContainsKey(StageSettings) && existing.Data.TryGetProperty(StageSettings, out var kept))
            {
                body[StageSettings] = SandboxJson.ToNode(kept);
            }
            var created = DateTimeOffset.Parse(existing.GetString("createdDateTime")!, System.Globalization.CultureInfo.InvariantCulture);
            var replaced = PolicyEntityFactory.Create(body, existing.Id, packageId, created, now, current);
            var next = current with { Policies = current.Policies.Upsert(replaced) };
            return (next, (replaced, next));
        });
        return EntityProjector.Single(request, Kind, entity, ODataQuery.Empty, snapshot);
    }

    public SandboxResponse Delete(string id)
    {
        store.Update(current =>
        {
            var existing = current.Policies.Find(id) ?? throw Kind.NotFound(id);
            return (current with { Policies = current.Policies.Remove(existing.Id) }, true);
        });
        return SandboxResponse.NoContent();
    }
}
