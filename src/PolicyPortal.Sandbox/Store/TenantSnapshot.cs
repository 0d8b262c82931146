namespace PolicyPortal.Sandbox.Store;

/// <summary>The whole tenant at one moment. Writers build a new snapshot; readers keep the one they took.</summary>
internal sealed record TenantSnapshot(
    EntitySet Users,
    EntitySet Groups,
    EntitySet ServicePrincipals,
    EntitySet ConnectedOrganizations,
    EntitySet Catalogs,
    EntitySet AccessPackages,
    EntitySet Policies,
    EntitySet CustomWorkflowExtensions)
{
    /// <summary>Group members, users' sponsors and connected organizations' sponsors.</summary>
    public DirectoryRelations Relations { get; init; } = DirectoryRelations.Empty;

    public IEnumerable<Entity> PoliciesOf(string accessPackageId) =>
        Policies.Items.Where(p => string.Equals(p.Link(Links.AccessPackageId), accessPackageId, StringComparison.OrdinalIgnoreCase));

    /// <summary>A catalog's <c>customWorkflowExtensions</c>: custom extensions live in a catalog.</summary>
    public IEnumerable<Entity> CustomWorkflowExtensionsOf(string catalogId) =>
        CustomWorkflowExtensions.Items.Where(e => string.Equals(e.Link(Links.CatalogId), catalogId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Names of the links an entity keeps beside its JSON.</summary>
internal static class Links
{
    public const string AccessPackageId = "accessPackage/id";
    public const string CatalogId = "catalog/id";
    public const string ManagerId = "manager/id";
    public const string CustomExtensionId = "customExtension/id";
}
