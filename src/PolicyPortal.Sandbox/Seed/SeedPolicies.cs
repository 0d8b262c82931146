using System.Text.Json.Nodes;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>Existing policies, written as the request bodies an admin would have sent. "Marketing Campaign
/// Tools" has none, "Partner Portal Access" has nine, "Sales Resources / Contoso Partners with sponsor approval" runs
/// two custom workflow extensions of its catalog.</summary>
internal static class SeedPolicies
{
    public static IEnumerable<(string Package, string Name, JsonObject Body)> Create()
    {
        const string sales = "Sales Resources", partner = "Partner Portal Access";
        yield return (sales, "Members with manager approval", Request(
            "allMemberUsers", [], Approval(Stage([Manager(1)], [Group("Sales Managers")])),
            expiration: AfterDays(365), review: Review(3, [Group("Access Reviewers")])));
        yield return (sales, "Direct assignment by admins", Request("notSpecified", [], NoApproval()));
        var contoso = Request("specificConnectedOrganizationUsers", [Org("Contoso Partners")],
            Approval(Stage([Subject("internalSponsors")], [User("Meghan Lee")])), expiration: AfterDays(90));
        contoso["customExtensionStageSettings"] = new JsonArray(
            ExtensionStage("assignmentRequestCreated", SeedEntitlement.RequestWorkflowExtension, "Log request in CRM"),
            ExtensionStage("assignmentFourteenDaysBeforeExpiration", SeedEntitlement.AssignmentWorkflowExtension, "Warn before Sales access expires"));
        yield return (sales, "Contoso Partners with sponsor approval", contoso);

        yield return (partner, "Contoso Partners", Request("specificConnectedOrganizationUsers", [Org("Contoso Partners")],
            Approval(Stage([Subject("internalSponsors")], [Group("Partner Reviewers")]))));
        yield return (partner, "Fabrikam", Request("specificConnectedOrganizationUsers", [Org("Fabrikam")],
            Approval(Stage([Subject("externalSponsors")], [Group("Partner Reviewers")]))));
        yield return (partner, "All connected organizations (two stages)", Request(
            "allConfiguredConnectedOrganizationUsers", [],
            Approval(Stage([Subject("internalSponsors")], [Group("Partner Reviewers")]), Stage([User("Adele Vance")], [])),
            review: Review(6, [Group("Partner Reviewers")])));
        yield return (partner, "Partner Portal Users group", Request("specificDirectoryUsers", [Group("Partner Portal Users")], NoApproval()));
        yield return (partner, "Direct assignment by admins", Request("notSpecified", [], NoApproval()));
        yield return (partner, "Partner Portal service principal", Request(
            "specificDirectoryServicePrincipals", [ServicePrincipal("Partner Portal")], NoApproval()));
        yield return (partner, "Customer Support engineers", Request("specificDirectoryUsers", [Group("Customer Support Team")],
            Approval(Stage([User("Alex Wilber")], []))));
        yield return (partner, "Members with self-review", Request("allMemberUsers", [],
            Approval(Stage([Manager(1)], [User("Nestor Wilke")])), review: SelfReview()));
        yield return (partner, "Any external user", Request("allExternalUsers", [],
            Approval(Stage([Subject("externalSponsors")], [Group("Partner Reviewers")])), expiration: AfterDays(30)));

        yield return ("Finance Reporting", "Finance team with escalation", Request("specificDirectoryUsers", [Group("Finance Team")],
            Approval(Stage([User("Adele Vance")], [], escalation: [Group("Finance Approvers")]))));

        yield return ("Engineering Tools", "Engineering department (automatic)", new JsonObject
        {
            ["displayName"] = "Engineering department (automatic)",
            ["description"] = "Everyone in Engineering gets the tools automatically.",
            ["allowedTargetScope"] = "specificDirectoryUsers",
            ["specificAllowedTargets"] = new JsonArray(new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.attributeRuleMembers",
                ["description"] = "Engineering department",
                ["membershipRule"] = "(user.department -eq \"Engineering\")",
            }),
            ["automaticRequestSettings"] = new JsonObject
            {
                ["requestAccessForAllowedTargets"] = true,
                ["removeAccessWhenTargetLeavesAllowedTargets"] = true,
                ["gracePeriodBeforeAccessRemoval"] = "P7D",
            },
        });
        yield return ("Engineering Tools", "Contractors with two-stage approval", Request("specificDirectoryUsers", [Group("Contractors")],
            Approval(Stage([Manager(2)], [User("Lidia Holloway")]), Stage([User("Nestor Wilke")], [])), expiration: AfterDays(180)));

        yield return ("New Hire Onboarding", "New hires (direct assignment)", Request("notSpecified", [], NoApproval(), expiration: AfterDays(30)));
    }

    private static JsonObject Request(string scope, JsonNode[] targets, JsonObject approval, JsonObject? expiration = null, JsonObject? review = null)
    {
        var body = new JsonObject
        {
            ["displayName"] = "",
            ["description"] = "",
            ["allowedTargetScope"] = scope,
            ["specificAllowedTargets"] = new JsonArray(targets),
            ["expiration"] = expiration ?? new JsonObject { ["type"] = "noExpiration" },
            ["requestorSettings"] = new JsonObject
            {
                ["enableTargetsToSelfAddAccess"] = scope != "notSpecified",
                ["enableTargetsToSelfUpdateAccess"] = false,
                ["enableTargetsToSelfRemoveAccess"] = scope != "notSpecified",
                ["allowCustomAssignmentSchedule"] = false,
                ["enableOnBehalfRequestorsToAddAccess"] = false,
                ["enableOnBehalfRequestorsToUpdateAccess"] = false,
                ["enableOnBehalfRequestorsToRemoveAccess"] = false,
                ["onBehalfRequestors"] = new JsonArray(),
            },
            ["requestApprovalSettings"] = approval,
            ["questions"] = new JsonArray(),
        };
        if (review is not null)
        {
            body["reviewSettings"] = review;
        }
        return body;
    }

    private static JsonObject NoApproval() => new()
    {
        ["isApprovalRequiredForAdd"] = false,
        ["isApprovalRequiredForUpdate"] = false,
        ["stages"] = new JsonArray(),
    };

    private static JsonObject Approval(params JsonObject[] stages) => new()
    {
        ["isApprovalRequiredForAdd"] = true,
        ["isApprovalRequiredForUpdate"] = false,
        ["stages"] = new JsonArray(stages),
    };

    private static JsonObject Stage(JsonNode[] primary, JsonNode[] fallback, JsonNode[]? escalation = null) => new()
    {
        ["durationBeforeAutomaticDenial"] = "P14D",
        ["isApproverJustificationRequired"] = true,
        ["isEscalationEnabled"] = escalation is not null,
        ["durationBeforeEscalation"] = escalation is null ? "PT0S" : "P2D",
        ["primaryApprovers"] = new JsonArray(primary),
        ["fallbackPrimaryApprovers"] = new JsonArray(fallback),
        ["escalationApprovers"] = new JsonArray(escalation ?? []),
        ["fallbackEscalationApprovers"] = new JsonArray(),
    };

    private static JsonObject Review(int months, JsonNode[] reviewers) => new()
    {
        ["isEnabled"] = true,
        ["expirationBehavior"] = "keepAccess",
        ["isRecommendationEnabled"] = true,
        ["isReviewerJustificationRequired"] = true,
        ["isSelfReview"] = false,
        ["schedule"] = new JsonObject
        {
            ["startDateTime"] = "2025-04-01T08:00:00Z",
            ["expiration"] = new JsonObject { ["duration"] = "P14D", ["type"] = "afterDuration" },
            ["recurrence"] = new JsonObject
            {
                ["pattern"] = new JsonObject { ["type"] = "absoluteMonthly", ["interval"] = months, ["dayOfMonth"] = 1 },
                ["range"] = new JsonObject { ["type"] = "noEnd", ["startDate"] = "2025-04-01" },
            },
        },
        ["primaryReviewers"] = new JsonArray(reviewers),
        ["fallbackReviewers"] = new JsonArray(),
    };

    private static JsonObject SelfReview()
    {
        var review = Review(12, []);
        review["isSelfReview"] = true;
        return review;
    }

    // As the docs' PUT example sends it: the stage and a reference to an extension of the package's catalog.
    private static JsonObject ExtensionStage(string stage, string type, string extension) => new()
    {
        ["stage"] = stage,
        ["customExtension"] = new JsonObject { ["@odata.type"] = type, ["id"] = DeterministicGuid.For("customWorkflowExtension", extension) },
    };

    private static JsonObject AfterDays(int days) => new() { ["duration"] = $"P{days}D", ["type"] = "afterDuration" };

    private static JsonObject Subject(string type) => new() { ["@odata.type"] = $"#microsoft.graph.{type}" };

    private static JsonObject Manager(int level) => new() { ["@odata.type"] = "#microsoft.graph.requestorManager", ["managerLevel"] = level };

    private static JsonObject User(string name) => new() { ["@odata.type"] = "#microsoft.graph.singleUser", ["userId"] = DeterministicGuid.For("user", name) };

    private static JsonObject Group(string name) => new() { ["@odata.type"] = "#microsoft.graph.groupMembers", ["groupId"] = DeterministicGuid.For("group", name) };

    private static JsonObject ServicePrincipal(string name) => new()
    {
        ["@odata.type"] = "#microsoft.graph.singleServicePrincipal",
        ["servicePrincipalId"] = DeterministicGuid.For("servicePrincipal", name),
    };

    private static JsonObject Org(string name) => new()
    {
        ["@odata.type"] = "#microsoft.graph.connectedOrganizationMembers",
        ["connectedOrganizationId"] = DeterministicGuid.For("connectedOrganization", name),
    };
}
