using System.Text.Json.Nodes;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>Connected organizations, catalogs, access packages and the catalogs' custom workflow extensions.</summary>
internal static class SeedEntitlement
{
    public const string Created = "2025-03-01T09:00:00Z";

    /// <summary>Entra tenants other than the sandbox's: Contoso Partners' identity source is one.</summary>
    public static IEnumerable<(string TenantId, string DisplayName, string[] Domains)> OtherTenants() =>
    [
        (DeterministicGuid.For("tenant", "Contoso"), "Contoso", ["contoso.example"]),
    ];

    public static IEnumerable<JsonObject> ConnectedOrganizations() =>
    [
        Organization("Contoso Partners", "Contoso's sales partners.", "configured", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.azureActiveDirectoryTenant",
            ["tenantId"] = DeterministicGuid.For("tenant", "Contoso"),
            ["displayName"] = "Contoso",
        }),
        Organization("Fabrikam", "Fabrikam consultants.", "configured", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.domainIdentitySource",
            ["domainName"] = "fabrikam.example",
            ["displayName"] = "fabrikam.example",
        }),
        Organization("Tailspin Toys", "Proposed automatically when a Tailspin user asked for access.", "proposed", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.domainIdentitySource",
            ["domainName"] = "tailspintoys.example",
            ["displayName"] = "tailspintoys.example",
        }),
    ];

    public static IEnumerable<JsonObject> Catalogs() =>
    [
        Catalog("General", "Built-in catalog.", "serviceDefault", externallyVisible: false),
        Catalog("Sales & Marketing", "Sales and marketing resources.", "userManaged", externallyVisible: false),
        Catalog("Partner Collaboration", "Resources shared with connected organizations.", "userManaged", externallyVisible: true),
        Catalog("Finance", "Finance systems and reports.", "userManaged", externallyVisible: false),
    ];

    /// <summary>Access packages with the name of their catalog.</summary>
    public static IEnumerable<(JsonObject Package, string Catalog)> AccessPackages() =>
    [
        (Package("Sales Resources", "CRM, price lists and the sales wiki."), "Sales & Marketing"),
        (Package("Partner Portal Access", "Partner portal, shared files and the partner Teams channel."), "Partner Collaboration"),
        (Package("Marketing Campaign Tools", "Campaign planner and brand assets. No policy yet."), "Sales & Marketing"),
        (Package("Finance Reporting", "Monthly reports and the budget workbook."), "Finance"),
        (Package("Engineering Tools", "Source control, CI and the package feed."), "General"),
        (Package("New Hire Onboarding", "Everything a new hire needs in week one."), "General"),
    ];

    public const string RequestWorkflowExtension = "#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension";
    public const string AssignmentWorkflowExtension = "#microsoft.graph.accessPackageAssignmentWorkflowExtension";

    /// <summary>Custom workflow extensions with the name of their catalog (a catalog's <c>customWorkflowExtensions</c>).</summary>
    public static IEnumerable<(JsonObject Extension, string Catalog)> CustomWorkflowExtensions() =>
    [
        (Extension("Log request in CRM", "Records every new Sales Resources request in the CRM.", RequestWorkflowExtension, "sales-request-to-crm"),
            "Sales & Marketing"),
        (Extension("Warn before Sales access expires", "Tells the sales manager two weeks before an assignment expires.", AssignmentWorkflowExtension,
            "sales-expiry-warning"), "Sales & Marketing"),
        (Extension("Check partner NDA", "Checks that the partner's organization has signed the NDA.", RequestWorkflowExtension, "partner-nda-check"),
            "Partner Collaboration"),
    ];

    private static JsonObject Organization(string name, string description, string state, JsonObject source) => new()
    {
        ["id"] = DeterministicGuid.For("connectedOrganization", name),
        ["displayName"] = name,
        ["description"] = description,
        ["state"] = state,
        ["createdDateTime"] = Created,
        ["modifiedDateTime"] = Created,
        ["identitySources"] = new JsonArray(source),
    };

    internal static JsonObject Catalog(string name, string description, string type, bool externallyVisible) => new()
    {
        ["id"] = DeterministicGuid.For("catalog", name),
        ["displayName"] = name,
        ["description"] = description,
        ["catalogType"] = type,
        ["state"] = "published",
        ["isExternallyVisible"] = externallyVisible,
        ["createdDateTime"] = Created,
        ["modifiedDateTime"] = Created,
    };

    // Shaped like the expanded extension in Graph's docs (get accessPackageAssignmentPolicy, example 2); the
    // endpoints are under .example so that nothing can call them.
    private static JsonObject Extension(string name, string description, string type, string workflow) => new()
    {
        ["@odata.type"] = type,
        ["id"] = DeterministicGuid.For("customWorkflowExtension", name),
        ["displayName"] = name,
        ["description"] = description,
        ["createdDateTime"] = Created,
        ["lastModifiedDateTime"] = Created,
        ["endpointConfiguration"] = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.logicAppTriggerEndpointConfiguration",
            ["subscriptionId"] = DeterministicGuid.For("azureSubscription", "Northwind Automation"),
            ["resourceGroupName"] = "rg-identity-governance",
            ["logicAppWorkflowName"] = workflow,
            ["url"] = $"https://northwind-automation.logic.example/workflows/{workflow}/triggers/manual/paths/invoke?api-version=2016-10-01",
        },
        ["authenticationConfiguration"] = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.azureAdTokenAuthentication",
            ["resourceId"] = DeterministicGuid.For("application", "Northwind Logic Apps"),
        },
        ["clientConfiguration"] = new JsonObject { ["maximumRetries"] = 1, ["timeoutInMilliseconds"] = 1000 },
    };

    internal static JsonObject Package(string name, string description) => new()
    {
        ["id"] = DeterministicGuid.For("accessPackage", name),
        ["displayName"] = name,
        ["description"] = description,
        ["isHidden"] = false,
        ["createdDateTime"] = Created,
        ["modifiedDateTime"] = Created,
    };
}
