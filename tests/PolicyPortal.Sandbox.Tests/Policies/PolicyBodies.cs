using System.Text.Json.Nodes;

namespace PolicyPortal.Sandbox.Tests.Policies;

/// <summary>A policy body the sandbox accepts, for rule tests to break one thing at a time.</summary>
internal static class PolicyBodies
{
    public const string UnknownId = "0f0f0f0f-0000-4000-8000-000000000000";

    public static JsonObject Valid(string packageId = SandboxSeedIds.AccessPackages.MarketingCampaignTools) => new()
    {
        ["displayName"] = "Rule test policy",
        ["description"] = "One approval stage, quarterly review",
        ["allowedTargetScope"] = "allMemberUsers",
        ["specificAllowedTargets"] = new JsonArray(),
        ["expiration"] = new JsonObject { ["type"] = "afterDuration", ["duration"] = "P30D" },
        ["requestorSettings"] = new JsonObject
        {
            ["enableTargetsToSelfAddAccess"] = true,
            ["enableTargetsToSelfUpdateAccess"] = false,
            ["enableTargetsToSelfRemoveAccess"] = true,
            ["allowCustomAssignmentSchedule"] = false,
            ["enableOnBehalfRequestorsToAddAccess"] = false,
            ["enableOnBehalfRequestorsToUpdateAccess"] = false,
            ["enableOnBehalfRequestorsToRemoveAccess"] = false,
            ["onBehalfRequestors"] = new JsonArray(),
        },
        ["requestApprovalSettings"] = new JsonObject
        {
            ["isApprovalRequiredForAdd"] = true,
            ["isApprovalRequiredForUpdate"] = false,
            ["stages"] = new JsonArray(Stage()),
        },
        ["reviewSettings"] = new JsonObject
        {
            ["isEnabled"] = true,
            ["expirationBehavior"] = "keepAccess",
            ["isRecommendationEnabled"] = true,
            ["isReviewerJustificationRequired"] = true,
            ["isSelfReview"] = false,
            ["schedule"] = new JsonObject
            {
                ["startDateTime"] = "2030-01-01T08:00:00Z",
                ["expiration"] = new JsonObject { ["duration"] = "P14D", ["type"] = "afterDuration" },
                ["recurrence"] = new JsonObject
                {
                    ["pattern"] = new JsonObject { ["type"] = "absoluteMonthly", ["interval"] = 3, ["dayOfMonth"] = 1 },
                    ["range"] = new JsonObject { ["type"] = "noEnd", ["startDate"] = "2030-01-01" },
                },
            },
            ["primaryReviewers"] = new JsonArray(Group(SandboxSeedIds.Groups.PartnerReviewers)),
            ["fallbackReviewers"] = new JsonArray(),
        },
        ["accessPackage"] = new JsonObject { ["id"] = packageId },
    };

    public static JsonObject Stage() => new()
    {
        ["durationBeforeAutomaticDenial"] = "P14D",
        ["isApproverJustificationRequired"] = true,
        ["isEscalationEnabled"] = false,
        ["durationBeforeEscalation"] = "PT0S",
        ["primaryApprovers"] = new JsonArray(User(SandboxSeedIds.Users.AdeleVance)),
        ["fallbackPrimaryApprovers"] = new JsonArray(),
        ["escalationApprovers"] = new JsonArray(),
        ["fallbackEscalationApprovers"] = new JsonArray(),
    };

    public static JsonObject User(string id) => new() { ["@odata.type"] = "#microsoft.graph.singleUser", ["userId"] = id };

    public static JsonObject Group(string id) => new() { ["@odata.type"] = "#microsoft.graph.groupMembers", ["groupId"] = id };

    public static JsonObject Subject(string type) => new() { ["@odata.type"] = $"#microsoft.graph.{type}" };

    public static JsonObject Org(string id) => new() { ["@odata.type"] = "#microsoft.graph.connectedOrganizationMembers", ["connectedOrganizationId"] = id };

    public static JsonObject Manager(string type, int level) => new() { ["@odata.type"] = $"#microsoft.graph.{type}", ["managerLevel"] = level };

    public const string RequestWorkflowExtension = "#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension";

    public const string AssignmentWorkflowExtension = "#microsoft.graph.accessPackageAssignmentWorkflowExtension";

    /// <summary>A custom extension stage setting as the docs' PUT example sends it.</summary>
    public static JsonObject ExtensionStage(string stage, string extensionId, string type = RequestWorkflowExtension) => new()
    {
        ["stage"] = stage,
        ["customExtension"] = new JsonObject { ["@odata.type"] = type, ["id"] = extensionId },
    };

    public static JsonObject FirstStage(this JsonObject body) => body["requestApprovalSettings"]!["stages"]![0]!.AsObject();
}
