using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Entitlement;

/// <summary>Catalogs, access packages, connected organizations, assignment policies and what they contain, for the
/// query pipeline.</summary>
internal static class EntitlementKinds
{
    public const string Root = "identityGovernance/entitlementManagement";

    // Navigations name their target lazily (kinds refer to each other); "!" marks kinds declared further down.

    public static readonly ResourceKind Catalogs = new(
        $"{Root}/catalogs", "microsoft.graph.accessPackageCatalog", IsDirectory: false,
        Properties: ["id", "displayName", "description", "catalogType", "state", "isExternallyVisible", "createdDateTime", "modifiedDateTime"],
        Expansions: new Dictionary<string, Navigation>
        {
            ["accessPackages"] = Navigation.Many(() => AccessPackages!, (catalog, s) => s.AccessPackages.Items.Where(p => p.Link(Links.CatalogId) == catalog.Id)),
            ["customWorkflowExtensions"] = Navigation.Many(() => CustomWorkflowExtensions!, (catalog, s) => s.CustomWorkflowExtensionsOf(catalog.Id)),
        });

    public static readonly ResourceKind AccessPackages = new(
        $"{Root}/accessPackages", "microsoft.graph.accessPackage", IsDirectory: false,
        Properties: ["id", "displayName", "description", "isHidden", "createdDateTime", "modifiedDateTime"],
        FilterOnly: [Links.CatalogId],
        Expansions: new Dictionary<string, Navigation>
        {
            ["assignmentPolicies"] = Navigation.Many(() => Policies!, (package, s) => s.PoliciesOf(package.Id)),
            ["catalog"] = Navigation.One(() => Catalogs, (package, s) => s.Catalogs.Find(package.Link(Links.CatalogId))),
        });

    public static readonly ResourceKind ConnectedOrganizations = new(
        $"{Root}/connectedOrganizations", "microsoft.graph.connectedOrganization", IsDirectory: false,
        Properties: ["id", "displayName", "description", "state", "identitySources", "createdDateTime", "modifiedDateTime"]);

    // customExtensionStageSettings is a contained navigation (v1.0 metadata): stored with the policy, returned only
    // with $expand (D-GET example 2, D-RES customextensionstagesetting). questions is contained too, but the docs show
    // no $expand for it and the create examples send it as a property, so it stays in the default shape.
    public static readonly ResourceKind Policies = new(
        $"{Root}/assignmentPolicies", "microsoft.graph.accessPackageAssignmentPolicy", IsDirectory: false,
        Properties: ["id", "displayName", "description", "allowedTargetScope", "specificAllowedTargets", "automaticRequestSettings",
            "expiration", "requestorSettings", "requestApprovalSettings", "reviewSettings", "notificationSettings", "questions",
            "createdDateTime", "modifiedDateTime"],
        FilterOnly: [Links.AccessPackageId, Links.CatalogId],
        Expansions: new Dictionary<string, Navigation>
        {
            ["accessPackage"] = Navigation.One(() => AccessPackages, (policy, s) => s.AccessPackages.Find(policy.Link(Links.AccessPackageId))),
            ["catalog"] = Navigation.One(() => Catalogs, (policy, s) => s.Catalogs.Find(policy.Link(Links.CatalogId))),
            ["customExtensionStageSettings"] = Navigation.Many(() => CustomExtensionStageSettings!, (policy, _) => PolicyParts.StageSettings(policy)),
        });

    // Expanded alone, a setting has its id and stage: OData's $expand does not follow the setting's own customExtension
    // navigation unless asked (…($expand=customExtension)). Inferred from OData $expand semantics; the docs show only
    // the nested form.
    public static readonly ResourceKind CustomExtensionStageSettings = new(
        $"{Root}/assignmentPolicies/customExtensionStageSettings", "microsoft.graph.customExtensionStageSetting", IsDirectory: false,
        Properties: ["id", "stage"],
        Expansions: new Dictionary<string, Navigation>
        {
            ["customExtension"] = Navigation.One(() => CustomWorkflowExtensions!, (setting, s) => s.CustomWorkflowExtensions.Find(setting.Link(Links.CustomExtensionId))),
        });

    public static readonly ResourceKind Questions = new(
        $"{Root}/assignmentPolicies/questions", "microsoft.graph.accessPackageQuestion", IsDirectory: false,
        Properties: ["id", "sequence", "isRequired", "isAnswerEditable", "text", "localizations", "isSingleLineQuestion", "regexPattern",
            "choices", "isMultipleSelectionAllowed"]);

    public static readonly ResourceKind CustomWorkflowExtensions = new(
        $"{Root}/catalogs/customWorkflowExtensions", "microsoft.graph.customCalloutExtension", IsDirectory: false,
        Properties: ["id", "displayName", "description", "createdDateTime", "lastModifiedDateTime", "endpointConfiguration",
            "authenticationConfiguration", "clientConfiguration", "callbackConfiguration"]);
}
