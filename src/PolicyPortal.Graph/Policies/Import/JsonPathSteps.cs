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

    public static WizardStep? StepFor(string jsonPath)
    {
        if (!jsonPath.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var member = jsonPath[2..].Split('.', '[')[0];
        return DraftMemberByJsonName.TryGetValue(member, out var draftMember) ? WizardStep.ForPath(draftMember) : null;
    }
}
