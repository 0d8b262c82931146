using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Graph.Policies.Import;

/// <summary>Which wizard step edits a member of the policy JSON (so import problems can link to the step to fix).</summary>
internal static class JsonPathSteps
{
    private static readonly Dictionary<string, string> DraftMemberByJsonName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["displayName"] = "DisplayName",
        ["description"] = "Description",
        ["accessPackage"] = "AccessPackage",
        ["accessPackageId"] = "AccessPackage",
        ["accessPackage@odata.bind"] = "AccessPackage",
        ["allowedTargetScope"] = "AllowedTargetScope",
        ["specificAllowedTargets"] = "SpecificAllowedTargets",
        ["automaticRequestSettings"] = "AutomaticRequestSettings",
        ["requestorSettings"] = "RequestorSettings",
        ["requestApprovalSettings"] = "RequestApproval",
        ["questions"] = "Questions",
        ["expiration"] = "Expiration",
        ["reviewSettings"] = "ReviewSettings",
        ["accessReviewSettings"] = "ReviewSettings",
        ["customExtensionStageSettings"] = "CustomExtensionStageSettings",
        ["customExtensionHandlers"] = "CustomExtensionStageSettings",
        ["notificationSettings"] = "NotificationSettings",
    };

    public static WizardStep? StepFor(string jsonPath) =>
        jsonPath.StartsWith("$.", StringComparison.Ordinal) && DraftMemberFor(jsonPath[2..]) is { } draftMember
            ? WizardStep.ForPath(draftMember)
            : null;

    /// <summary>The top-level draft member a dotted JSON path (<c>requestApprovalSettings.stages[0]</c>) belongs to.</summary>
    public static string? DraftMemberFor(string dottedPath) =>
        DraftMemberByJsonName.GetValueOrDefault(dottedPath.Split('.', '[')[0]);
}
