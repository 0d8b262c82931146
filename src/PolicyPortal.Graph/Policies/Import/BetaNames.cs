namespace PolicyPortal.Graph.Policies.Import;

/// <summary>
/// Names from the beta API (and older docs) that admins still paste, with the v1.0 way to say the same thing.
/// Keyed by "type.member", then "*.member" for names that mean the same wherever they appear.
/// </summary>
internal static class BetaNames
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["accessPackageAssignmentPolicy.accessPackageId"] = "accessPackage: {\"id\": \"…\"}",
        ["accessPackageAssignmentPolicy.canExtend"] = "requestorSettings.enableTargetsToSelfUpdateAccess",
        ["accessPackageAssignmentPolicy.durationInDays"] = "expiration: {\"type\": \"afterDuration\", \"duration\": \"P…D\"}",
        ["accessPackageAssignmentPolicy.expirationDateTime"] = "expiration: {\"type\": \"afterDateTime\", \"endDateTime\": \"…Z\"}",
        ["accessPackageAssignmentPolicy.accessReviewSettings"] = "reviewSettings",
        ["accessPackageAssignmentPolicy.customExtensionHandlers"] = "customExtensionStageSettings",
        ["accessPackageAssignmentPolicy.accessPackageCatalog"] = "catalog (read-only; leave it out)",
        ["accessPackageAssignmentPolicy.verifiableCredentialSettings"] = "nothing: verifiable credentials are beta-only; leave it out",
        ["accessPackageAssignmentPolicy.isDenyPolicy"] = "nothing: deny policies are beta-only; leave it out",
        ["accessPackageAssignmentPolicy.createdBy"] = "nothing (read-only, beta); leave it out",
        ["accessPackageAssignmentPolicy.modifiedBy"] = "nothing (read-only, beta); leave it out",
        ["accessPackageAssignmentRequestorSettings.scopeType"] = "allowedTargetScope (v1.0, set on the policy itself)",
        ["accessPackageAssignmentRequestorSettings.allowedRequestors"] = "specificAllowedTargets (v1.0, on the policy itself)",
        ["accessPackageAssignmentRequestorSettings.acceptRequests"] = "enableTargetsToSelfAddAccess (requests are accepted when requestors may add access)",
        ["accessPackageAssignmentRequestorSettings.isOnBehalfAllowed"] = "enableOnBehalfRequestorsToAddAccess",
        ["accessPackageAssignmentApprovalSettings.isApprovalRequired"] = "isApprovalRequiredForAdd",
        ["accessPackageAssignmentApprovalSettings.isApprovalRequiredForExtension"] = "isApprovalRequiredForUpdate",
        ["accessPackageAssignmentApprovalSettings.approvalMode"] = "isApprovalRequiredForAdd plus 1–3 stages",
        ["accessPackageAssignmentApprovalSettings.approvalStages"] = "stages",
        ["accessPackageApprovalStage.approvalStageTimeOutInDays"] = "durationBeforeAutomaticDenial (e.g. \"P14D\")",
        ["accessPackageApprovalStage.escalationTimeInMinutes"] = "durationBeforeEscalation (e.g. \"P1D\")",
        ["accessPackageApprovalStage.isApproverJustificationRequired"] = "isApproverJustificationRequired",
        ["accessPackageAssignmentReviewSettings.recurrenceType"] = "schedule.recurrence.pattern (weekly or absoluteMonthly)",
        ["accessPackageAssignmentReviewSettings.reviewerType"] = "primaryReviewers, or isSelfReview: true",
        ["accessPackageAssignmentReviewSettings.reviewers"] = "primaryReviewers",
        ["accessPackageAssignmentReviewSettings.startDateTime"] = "schedule.startDateTime",
        ["accessPackageAssignmentReviewSettings.durationInDays"] = "schedule.expiration: {\"type\": \"afterDuration\", \"duration\": \"P…D\"}",
        ["accessPackageAssignmentReviewSettings.isAccessRecommendationEnabled"] = "isRecommendationEnabled",
        ["accessPackageAssignmentReviewSettings.isApprovalJustificationRequired"] = "isReviewerJustificationRequired",
        ["accessPackageAssignmentReviewSettings.accessReviewTimeoutBehavior"] = "expirationBehavior",
        ["*.allowsMultipleSelection"] = "isMultipleSelectionAllowed",
        ["*.displayValue"] = "text",
        ["*.localizedTexts"] = "localizations",
        ["*.isBackup"] = "fallbackPrimaryApprovers (list fallback approvers there instead of flagging them)",
    };

    public static string? Hint(string typeName, string member) =>
        Hints.GetValueOrDefault($"{typeName}.{member}") ?? Hints.GetValueOrDefault($"*.{member}");
}
