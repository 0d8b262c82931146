namespace PolicyPortal.Web.Components;

/// <summary>Every route of the app, used by pages, navigation and the E2E page objects.</summary>
public static class PageRoutes
{
    public const string Home = "/";
    public const string PolicyWizard = "/policies/new";
    public const string Error = "/Error";
    public const string NotFound = "/not-found";
    public const string AccessDenied = "/access-denied";
    public const string SignedOut = "/signed-out";
    public const string Audit = "/audit";
    public const string AuditCsv = "/audit/export.csv";
    public const string Bulk = "/bulk";

    public const string Baselines = "/baselines";

    /// <summary>"Change many policies", adding a copy of this saved policy to other packages.</summary>
    public static string BulkFrom(string policyId) => $"{Bulk}?from={Uri.EscapeDataString(policyId)}";

    /// <summary>"Change many policies", adding a copy of the wizard's draft to other packages.</summary>
    public static string BulkFromDraft(Guid draftId) => $"{Bulk}?draft={draftId}";

    public static string NewPolicyFor(string accessPackageId) => $"{PolicyWizard}?package={Uri.EscapeDataString(accessPackageId)}";

    public const string Package = "/packages/{PackageId}";

    public static string PackageOf(string accessPackageId) => $"/packages/{Uri.EscapeDataString(accessPackageId)}";

    /// <summary>Route templates of the edit and clone pages; <see cref="EditPolicy"/> and <see cref="ClonePolicy"/> fill them.</summary>
    public const string EditPolicyTemplate = "/policies/{PolicyId}/edit";

    public const string ClonePolicyTemplate = "/policies/{PolicyId}/clone";

    public static string EditPolicy(string policyId) => $"/policies/{Uri.EscapeDataString(policyId)}/edit";

    public static string ClonePolicy(string policyId) => $"/policies/{Uri.EscapeDataString(policyId)}/clone";

    public static string ResumeDraft(Guid draftId) => $"{PolicyWizard}?draft={draftId}";
}
