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
        ["accessPackageAssignmentRequestorSettings.acceptRequests"] = "nothing: v1.0 has no equivalent of acceptRequests; leave it out",
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
        ["singleUser.id"] = "userId",
        ["groupMembers.id"] = "groupId",
        ["singleServicePrincipal.id"] = "servicePrincipalId",
        ["connectedOrganizationMembers.id"] = "connectedOrganizationId",
        ["*.defaultText"] = "text (a string; translations go in localizations)",
    };

    /// <summary>
    /// Beta containers whose v1.0 twin sits in the same object: their content is checked against the twin's shape so the
    /// beta names inside (stage and subject level) are named too, though the container itself is not imported.
    /// </summary>
    private static readonly Dictionary<string, string> Containers = new(StringComparer.Ordinal)
    {
        ["accessPackageAssignmentApprovalSettings.approvalStages"] = "stages",
        ["accessPackageAssignmentPolicy.accessReviewSettings"] = "reviewSettings",
        ["accessPackageAssignmentPolicy.customExtensionHandlers"] = "customExtensionStageSettings",
    };

    /// <summary>Beta <c>requestorSettings.scopeType</c> values and the v1.0 <c>allowedTargetScope</c> that means the same.</summary>
    private static readonly Dictionary<string, string> ScopeValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NoSubjects"] = "notSpecified",
        ["SpecificDirectorySubjects"] = "specificDirectoryUsers",
        ["SpecificConnectedOrganizationSubjects"] = "specificConnectedOrganizationUsers",
        ["AllConfiguredConnectedOrganizationSubjects"] = "allConfiguredConnectedOrganizationUsers",
        ["AllExistingConnectedOrganizationSubjects"] = "allConfiguredConnectedOrganizationUsers",
        ["AllExistingDirectoryMemberUsers"] = "allMemberUsers",
        ["AllExistingDirectorySubjects"] = "allDirectoryUsers",
        ["AllExternalSubjects"] = "allExternalUsers",
    };

    public static string? Hint(string typeName, string member) =>
        Hints.GetValueOrDefault($"{typeName}.{member}") ?? Hints.GetValueOrDefault($"*.{member}");

    /// <summary>The v1.0 member of the same object whose shape a beta container is checked against, if any.</summary>
    public static string? TwinOf(string typeName, string member) => Containers.GetValueOrDefault($"{typeName}.{member}");

    /// <summary>The v1.0 <c>allowedTargetScope</c> value for a beta <c>scopeType</c> value.</summary>
    public static string? ScopeValue(string betaValue) => ScopeValues.GetValueOrDefault(betaValue);
}
