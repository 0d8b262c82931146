using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Graph.Policies.Import;

/// <summary>Which wizard step edits a member of the policy JSON (so import problems can link to the step to fix).</summary>
internal static class JsonPathSteps
{
    private static readonly Dictionary<string, string> DraftMemberByJsonName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["displayName"] = PolicyPaths.DisplayName,
        ["description"] = PolicyPaths.Description,
        ["accessPackage"] = PolicyPaths.AccessPackage,
        ["accessPackageId"] = PolicyPaths.AccessPackage,
        ["accessPackage@odata.bind"] = PolicyPaths.AccessPackage,
        ["allowedTargetScope"] = PolicyPaths.AllowedTargetScope,
        ["specificAllowedTargets"] = PolicyPaths.SpecificAllowedTargets,
        ["automaticRequestSettings"] = PolicyPaths.AutomaticRequestSettings,
        ["requestorSettings"] = PolicyPaths.RequestorSettings,
        ["requestApprovalSettings"] = PolicyPaths.RequestApproval,
        ["questions"] = PolicyPaths.Questions,
        ["expiration"] = PolicyPaths.Expiration,
        ["reviewSettings"] = PolicyPaths.ReviewSettings,
        ["accessReviewSettings"] = PolicyPaths.ReviewSettings,
        ["customExtensionStageSettings"] = PolicyPaths.CustomExtensionStageSettings,
        ["customExtensionHandlers"] = PolicyPaths.CustomExtensionStageSettings,
        ["notificationSettings"] = PolicyPaths.NotificationSettings,
    };

    public static WizardStep? StepFor(string jsonPath) =>
        jsonPath.StartsWith("$.", StringComparison.Ordinal) && DraftMemberFor(jsonPath[2..]) is { } draftMember
            ? WizardStep.ForPath(draftMember)
            : null;

    /// <summary>The top-level draft member a dotted JSON path (<c>requestApprovalSettings.stages[0]</c>) belongs to.</summary>
    public static string? DraftMemberFor(string dottedPath) =>
        DraftMemberByJsonName.GetValueOrDefault(dottedPath.Split('.', '[')[0]);
}
