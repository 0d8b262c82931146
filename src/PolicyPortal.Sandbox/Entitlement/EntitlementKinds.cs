using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Entitlement;

/// <summary>Catalogs, access packages, connected organizations and assignment policies for the query pipeline.</summary>
internal static class EntitlementKinds
{
    public const string Root = "identityGovernance/entitlementManagement";

    public static readonly ResourceKind Catalogs = new(
        $"{Root}/catalogs", "microsoft.graph.accessPackageCatalog", IsDirectory: false,
        Properties: ["id", "displayName", "description", "catalogType", "state", "isExternallyVisible", "createdDateTime", "modifiedDateTime"],
        Expansions: new Dictionary<string, Func<Entity, TenantSnapshot, JsonNode?>>
        {
            ["accessPackages"] = (catalog, s) => Array(s.AccessPackages.Items.Where(p => p.Link(Links.CatalogId) == catalog.Id), AccessPackages!, s),
        });

    public static readonly ResourceKind AccessPackages = new(
        $"{Root}/accessPackages", "microsoft.graph.accessPackage", IsDirectory: false,
        Properties: ["id", "displayName", "description", "isHidden", "createdDateTime", "modifiedDateTime"],
        FilterOnly: [Links.CatalogId],
        Expansions: new Dictionary<string, Func<Entity, TenantSnapshot, JsonNode?>>
        {
            ["assignmentPolicies"] = (package, s) => Array(s.PoliciesOf(package.Id), Policies!, s),
            ["catalog"] = (package, s) => One(s.Catalogs.Find(package.Link(Links.CatalogId)), Catalogs, s),
        });

    public static readonly ResourceKind ConnectedOrganizations = new(
        $"{Root}/connectedOrganizations", "microsoft.graph.connectedOrganization", IsDirectory: false,
        Properties: ["id", "displayName", "description", "state", "identitySources", "createdDateTime", "modifiedDateTime"]);

    public static readonly ResourceKind Policies = new(
        $"{Root}/assignmentPolicies", "microsoft.graph.accessPackageAssignmentPolicy", IsDirectory: false,
        Properties: ["id", "displayName", "description", "allowedTargetScope", "specificAllowedTargets", "automaticRequestSettings",
            "expiration", "requestorSettings", "requestApprovalSettings", "reviewSettings", "notificationSettings", "questions",
            "customExtensionStageSettings", "createdDateTime", "modifiedDateTime"],
        FilterOnly: [Links.AccessPackageId, Links.CatalogId],
        Expansions: new Dictionary<string, Func<Entity, TenantSnapshot, JsonNode?>>
        {
            ["accessPackage"] = (policy, s) => One(s.AccessPackages.Find(policy.Link(Links.AccessPackageId)), AccessPackages, s),
            ["catalog"] = (policy, s) => One(s.Catalogs.Find(policy.Link(Links.CatalogId)), Catalogs, s),
        });

    private static JsonArray Array(IEnumerable<Entity> items, ResourceKind kind, TenantSnapshot snapshot) =>
        new([.. items.Select(e => (JsonNode)EntityProjector.Project(e, kind, ODataQuery.Empty, snapshot))]);

    private static JsonObject? One(Entity? entity, ResourceKind kind, TenantSnapshot snapshot) =>
        entity is null ? null : EntityProjector.Project(entity, kind, ODataQuery.Empty, snapshot);
}
