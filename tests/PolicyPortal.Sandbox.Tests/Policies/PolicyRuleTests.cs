using System.Net;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Tests.Infrastructure;
using static PolicyPortal.Sandbox.Tests.Policies.PolicyBodies;

namespace PolicyPortal.Sandbox.Tests.Policies;

/// <summary>Each service rule the sandbox enforces: a body that breaks it is refused with 400, the rule's code,
/// and a message that starts with the JSON path at fault.</summary>
public sealed class PolicyRuleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string PoliciesUrl = "v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    private static readonly Dictionary<string, (Action<JsonObject> Break, string Code, string Path)> Cases = new()
    {
        ["year duration"] = (b => b["expiration"]!["duration"] = "P1Y", "InvalidPolicy.Duration", "expiration.duration"),
        ["week duration"] = (b => b.FirstStage()["durationBeforeAutomaticDenial"] = "P2W", "InvalidPolicy.Duration", "requestApprovalSettings.stages[0].durationBeforeAutomaticDenial"),
        ["boolean as string"] = (b => b["requestorSettings"]!["enableTargetsToSelfAddAccess"] = "true", "InvalidPolicy.Schema", "requestorSettings.enableTargetsToSelfAddAccess"),
        ["unknown property"] = (b => b["requestorSettings"]!["favouriteColour"] = "blue", "InvalidPolicy.Schema", "requestorSettings"),
        ["subject without type"] = (b => b.FirstStage()["primaryApprovers"] = new JsonArray(new JsonObject { ["userId"] = SandboxSeedIds.Users.AdeleVance }), "InvalidPolicy.Schema", "requestApprovalSettings.stages[0].primaryApprovers[0]"),
        ["unknown enum member"] = (b => b["allowedTargetScope"] = "everybody", "InvalidPolicy.Schema", "allowedTargetScope"),
        ["no access package"] = (b => b.Remove("accessPackage"), "InvalidPolicy.AccessPackageRequired", "accessPackage.id"),
        ["unknown access package"] = (b => b["accessPackage"]!["id"] = UnknownId, "InvalidPolicy.AccessPackageNotFound", "accessPackage.id"),
        ["internal and external targets"] = (b =>
        {
            b["allowedTargetScope"] = "specificDirectoryUsers";
            b["specificAllowedTargets"] = new JsonArray(User(SandboxSeedIds.Users.MeganBowen), Org(SandboxSeedIds.ConnectedOrganizations.Fabrikam));
        }, "InvalidPolicy.MixedTargets", "specificAllowedTargets"),
        ["specific scope without targets"] = (b => b["allowedTargetScope"] = "specificDirectoryUsers", "InvalidPolicy.TargetScope", "specificAllowedTargets"),
        ["target of the wrong kind"] = (b =>
        {
            b["allowedTargetScope"] = "specificConnectedOrganizationUsers";
            b["specificAllowedTargets"] = new JsonArray(Group(SandboxSeedIds.Groups.SalesTeam));
        }, "InvalidPolicy.TargetScope", "specificAllowedTargets[0]"),
        ["auto-assignment for all members"] = (b => b["automaticRequestSettings"] = new JsonObject { ["requestAccessForAllowedTargets"] = true }, "InvalidPolicy.AutoAssignmentTargets", "specificAllowedTargets"),
        ["second auto-assignment policy"] = (b =>
        {
            AutoAssignment(b);
            b["accessPackage"]!["id"] = SandboxSeedIds.AccessPackages.EngineeringTools;
        }, "InvalidPolicy.AutoAssignmentLimit", "automaticRequestSettings"),
        ["approval without stages"] = (b => b["requestApprovalSettings"]!["stages"] = new JsonArray(), "InvalidPolicy.ApprovalStageCount", "requestApprovalSettings.stages"),
        ["four stages"] = (b => b["requestApprovalSettings"]!["stages"] = new JsonArray(Stage(), Stage(), Stage(), Stage()), "InvalidPolicy.ApprovalStageCount", "requestApprovalSettings.stages"),
        ["stages without approval"] = (b => b["requestApprovalSettings"]!["isApprovalRequiredForAdd"] = false, "InvalidPolicy.ApprovalStageCount", "requestApprovalSettings.stages"),
        ["stage without approvers"] = (b => b.FirstStage()["primaryApprovers"] = new JsonArray(), "InvalidPolicy.ApproverRequired", "requestApprovalSettings.stages[0].primaryApprovers"),
        ["manager without fallback"] = (b => b.FirstStage()["primaryApprovers"] = new JsonArray(Manager("requestorManager", 1)), "InvalidPolicy.FallbackApproverRequired", "requestApprovalSettings.stages[0].fallbackPrimaryApprovers"),
        ["manager and sponsors without a user or group"] = (b =>
        {
            b["allowedTargetScope"] = "allConfiguredConnectedOrganizationUsers";
            b.FirstStage()["primaryApprovers"] = new JsonArray(Manager("requestorManager", 1), Subject("internalSponsors"));
        }, "InvalidPolicy.FallbackApproverRequired", "requestApprovalSettings.stages[0].fallbackPrimaryApprovers"),
        ["sponsors for members"] = (b =>
        {
            b.FirstStage()["primaryApprovers"] = new JsonArray(Subject("internalSponsors"));
            b.FirstStage()["fallbackPrimaryApprovers"] = new JsonArray(User(SandboxSeedIds.Users.AdeleVance));
        }, "InvalidPolicy.SponsorsRequireConnectedOrganization", "requestApprovalSettings.stages[0].primaryApprovers"),
        ["escalation without escalation approvers"] = (b => Escalate(b, "P1D", "P14D", approvers: false), "InvalidPolicy.Escalation", "requestApprovalSettings.stages[0].escalationApprovers"),
        ["escalation within a day"] = (b => Escalate(b, "PT12H", "P14D"), "InvalidPolicy.Escalation", "requestApprovalSettings.stages[0].durationBeforeEscalation"),
        ["escalation with a short time-out"] = (b => Escalate(b, "P1D", "P3D"), "InvalidPolicy.Escalation", "requestApprovalSettings.stages[0].durationBeforeAutomaticDenial"),
        ["escalation after the time-out"] = (b => Escalate(b, "P10D", "P5D"), "InvalidPolicy.Escalation", "requestApprovalSettings.stages[0].durationBeforeEscalation"),
        ["requestor manager level 3"] = (b =>
        {
            b.FirstStage()["primaryApprovers"] = new JsonArray(Manager("requestorManager", 3));
            b.FirstStage()["fallbackPrimaryApprovers"] = new JsonArray(User(SandboxSeedIds.Users.AdeleVance));
        }, "InvalidPolicy.ManagerLevel", "requestApprovalSettings.stages[0].primaryApprovers[0].managerLevel"),
        ["target manager level 5"] = (b => b["requestorSettings"]!["onBehalfRequestors"] = new JsonArray(Manager("targetManager", 5)), "InvalidPolicy.ManagerLevel", "requestorSettings.onBehalfRequestors[0].managerLevel"),
        ["unknown approver"] = (b => b.FirstStage()["primaryApprovers"] = new JsonArray(User(UnknownId)), "InvalidPolicy.SubjectNotFound", "requestApprovalSettings.stages[0].primaryApprovers[0].userId"),
        ["unknown reviewer group"] = (b => b["reviewSettings"]!["primaryReviewers"] = new JsonArray(Group(UnknownId)), "InvalidPolicy.SubjectNotFound", "reviewSettings.primaryReviewers[0].groupId"),
        ["unknown service principal"] = (b =>
        {
            b["allowedTargetScope"] = "specificDirectoryServicePrincipals";
            b["specificAllowedTargets"] = new JsonArray(new JsonObject { ["@odata.type"] = "#microsoft.graph.singleServicePrincipal", ["servicePrincipalId"] = UnknownId });
        }, "InvalidPolicy.SubjectNotFound", "specificAllowedTargets[0].servicePrincipalId"),
        ["unknown connected organization"] = (b =>
        {
            b["allowedTargetScope"] = "specificConnectedOrganizationUsers";
            b["specificAllowedTargets"] = new JsonArray(Org(UnknownId));
        }, "InvalidPolicy.SubjectNotFound", "specificAllowedTargets[0].connectedOrganizationId"),
        ["expiration over ten years"] = (b => b["expiration"]!["duration"] = "P3661D", "InvalidPolicy.Expiration", "expiration.duration"),
        ["duration without afterDuration"] = (b => b["expiration"]!["type"] = "noExpiration", "InvalidPolicy.Expiration", "expiration.type"),
        ["afterDuration without duration"] = (b => b["expiration"] = new JsonObject { ["type"] = "afterDuration" }, "InvalidPolicy.Expiration", "expiration.duration"),
        ["end date in the past"] = (b => b["expiration"] = new JsonObject { ["type"] = "afterDateTime", ["endDateTime"] = "2020-01-01T00:00:00Z" }, "InvalidPolicy.Expiration", "expiration.endDateTime"),
        ["daily review"] = (b => b["reviewSettings"]!["schedule"]!["recurrence"]!["pattern"]!["type"] = "daily", "InvalidPolicy.ReviewRecurrence", "reviewSettings.schedule.recurrence.pattern.type"),
        ["review without reviewers"] = (b => b["reviewSettings"]!["primaryReviewers"] = new JsonArray(), "InvalidPolicy.ReviewersRequired", "reviewSettings.primaryReviewers"),
        ["unknown custom extension"] = (b => b["customExtensionStageSettings"] = new JsonArray(ExtensionStage("assignmentRequestCreated", UnknownId)),
            "InvalidPolicy.CustomExtensionNotFound", "customExtensionStageSettings[0].customExtension.id: "),
        // Valid() is in Marketing Campaign Tools (Sales & Marketing); the NDA check lives in Partner Collaboration.
        ["custom extension of another catalog"] = (b => b["customExtensionStageSettings"] = new JsonArray(
            ExtensionStage("assignmentRequestCreated", SandboxSeedIds.CustomExtensions.SalesRequestToCrm),
            ExtensionStage("assignmentRequestApproved", SandboxSeedIds.CustomExtensions.PartnerNdaCheck)),
            "InvalidPolicy.CustomExtensionNotFound", "customExtensionStageSettings[1].customExtension.id: "),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    /// <summary>Bodies Graph's docs allow, or about which they say nothing (so the sandbox does not refuse them).</summary>
    private static readonly Dictionary<string, Action<JsonObject>> Accepted = new()
    {
        // requestorManager page: "also include another approver, such as a single user or group member".
        ["manager with a second primary approver (user)"] = b => b.FirstStage()["primaryApprovers"] = new JsonArray(Manager("requestorManager", 1), User(SandboxSeedIds.Users.AdeleVance)),
        ["manager with a second primary approver (group)"] = b => b.FirstStage()["primaryApprovers"] = new JsonArray(Manager("requestorManager", 1), Group(SandboxSeedIds.Groups.FinanceApprovers)),
        ["manager with a fallback approver"] = b =>
        {
            b.FirstStage()["primaryApprovers"] = new JsonArray(Manager("requestorManager", 1));
            b.FirstStage()["fallbackPrimaryApprovers"] = new JsonArray(User(SandboxSeedIds.Users.AdeleVance));
        },
        // Create example 2: a stage with fallback approvers only, answered 201.
        ["fallback approvers only"] = b =>
        {
            b.FirstStage()["primaryApprovers"] = new JsonArray();
            b.FirstStage()["fallbackPrimaryApprovers"] = new JsonArray(Group(SandboxSeedIds.Groups.PartnerReviewers));
        },
        // Undocumented pairing (spec §8 "Not documented"): no longer refused.
        ["all scope with targets"] = b => b["specificAllowedTargets"] = new JsonArray(User(SandboxSeedIds.Users.MeganBowen)),
        // Entra lifecycle: "a number from 0 to 3660 days".
        ["expiration of zero days"] = b => b["expiration"]!["duration"] = "P0D",
        // No page says noExpiration cannot carry an endDateTime.
        ["noExpiration with an end date"] = b => b["expiration"] = new JsonObject { ["type"] = "noExpiration", ["endDateTime"] = "2030-01-01T00:00:00Z" },
        // No documented limit per policy: one setting for each of the six stages, extensions of the package's catalog.
        ["six custom extension stages"] = b => b["customExtensionStageSettings"] = new JsonArray(
            ExtensionStage("assignmentRequestCreated", SandboxSeedIds.CustomExtensions.SalesRequestToCrm),
            ExtensionStage("assignmentRequestApproved", SandboxSeedIds.CustomExtensions.SalesRequestToCrm),
            ExtensionStage("assignmentRequestGranted", SandboxSeedIds.CustomExtensions.SalesRequestToCrm),
            ExtensionStage("assignmentRequestRemoved", SandboxSeedIds.CustomExtensions.SalesRequestToCrm),
            ExtensionStage("assignmentFourteenDaysBeforeExpiration", SandboxSeedIds.CustomExtensions.SalesExpiryWarning, AssignmentWorkflowExtension),
            ExtensionStage("assignmentOneDayBeforeExpiration", SandboxSeedIds.CustomExtensions.SalesExpiryWarning, AssignmentWorkflowExtension)),
        // No page pairs extension types with stages or says what Graph does with a mismatched @odata.type.
        ["custom extension with another @odata.type"] = b => b["customExtensionStageSettings"] = new JsonArray(
            ExtensionStage("assignmentRequestCreated", SandboxSeedIds.CustomExtensions.SalesExpiryWarning, RequestWorkflowExtension)),
    };

    public static TheoryData<string> AcceptedNames => [.. Accepted.Keys];

    private static void AutoAssignment(JsonObject body)
    {
        body["allowedTargetScope"] = "specificDirectoryUsers";
        body["specificAllowedTargets"] = new JsonArray(new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.attributeRuleMembers",
            ["membershipRule"] = "(user.department -eq \"Engineering\")",
        });
        body["automaticRequestSettings"] = new JsonObject { ["requestAccessForAllowedTargets"] = true };
        body.Remove("requestApprovalSettings");
        body.Remove("reviewSettings");
    }

    private static void Escalate(JsonObject body, string escalation, string denial, bool approvers = true)
    {
        var stage = body.FirstStage();
        stage["isEscalationEnabled"] = true;
        stage["durationBeforeEscalation"] = escalation;
        stage["durationBeforeAutomaticDenial"] = denial;
        if (approvers)
        {
            stage["escalationApprovers"] = new JsonArray(Group(SandboxSeedIds.Groups.FinanceApprovers));
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Create_BodyBreakingARule_IsRefusedWithTheRuleCode(string rule)
    {
        var (breakIt, code, path) = Cases[rule];
        var body = Valid();
        breakIt(body);

        var response = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body.ToJsonString());

        var message = response.ShouldBeGraphError(HttpStatusCode.BadRequest, code);
        message.ShouldContain(path);
    }

    [Theory]
    [MemberData(nameof(AcceptedNames))]
    public async Task Create_BodyNoSourceRefuses_IsAccepted(string body)
    {
        var policy = Valid();
        Accepted[body](policy);

        var response = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, policy.ToJsonString());

        response.Status.ShouldBe(HttpStatusCode.Created, response.Body?.ToJsonString());
    }

    [Fact]
    public async Task Create_TheUnbrokenBody_IsAccepted()
    {
        var response = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, Valid(SandboxSeedIds.AccessPackages.FinanceReporting).ToJsonString());

        response.Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Create_EscalationWithinTheRules_IsAccepted()
    {
        var body = Valid(SandboxSeedIds.AccessPackages.FinanceReporting);
        Escalate(body, "P2D", "P7D");

        var response = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body.ToJsonString());

        response.Status.ShouldBe(HttpStatusCode.Created, response.Body?.ToJsonString());
    }

    [Fact]
    public async Task Create_NotJson_Returns400BadRequest()
    {
        var response = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, "{\"displayName\":");

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task Replace_WithAnotherId_IsRefusedWithIdMismatch()
    {
        var body = Valid(SandboxSeedIds.AccessPackages.SalesResources);
        body["id"] = UnknownId;

        var response = await fixture.Host.SendJsonAsync(HttpMethod.Put, $"{PoliciesUrl}/{SandboxSeedIds.Policies.SalesResourcesManagerApproval}", body.ToJsonString());

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "InvalidPolicy.IdMismatch").ShouldContain("id");
    }

    [Fact]
    public async Task Replace_MovingToAnotherPackage_IsRefusedWithAccessPackageImmutable()
    {
        var body = Valid(SandboxSeedIds.AccessPackages.FinanceReporting);

        var response = await fixture.Host.SendJsonAsync(HttpMethod.Put, $"{PoliciesUrl}/{SandboxSeedIds.Policies.SalesResourcesManagerApproval}", body.ToJsonString());

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "InvalidPolicy.AccessPackageImmutable").ShouldContain("accessPackage.id");
    }

    [Fact]
    public async Task Replace_BreakingARule_IsRefusedAndKeepsThePolicy()
    {
        var body = Valid(SandboxSeedIds.AccessPackages.SalesResources);
        body["requestApprovalSettings"]!["stages"] = new JsonArray();
        var url = $"{PoliciesUrl}/{SandboxSeedIds.Policies.SalesResourcesManagerApproval}";

        var response = await fixture.Host.SendJsonAsync(HttpMethod.Put, url, body.ToJsonString());
        var after = await fixture.Host.SendJsonAsync(HttpMethod.Get, url);

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "InvalidPolicy.ApprovalStageCount");
        after.Body!["displayName"]!.GetValue<string>().ShouldBe("Members with manager approval");
    }
}
