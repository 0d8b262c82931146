using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using PolicyPortal.Sandbox.Tests.Infrastructure;
using static PolicyPortal.Sandbox.Tests.Policies.PolicyBodies;

namespace PolicyPortal.Sandbox.Tests.Policies;

/// <summary>Writing custom extension stage settings: stored with server-assigned ids, answered only when expanded,
/// removed by <c>[]</c>, kept when a PUT leaves the member out, and refused for an extension the policy's catalog
/// does not have.</summary>
public sealed class CustomExtensionWriteTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string PoliciesUrl = "v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SandboxHost Host => fixture.Host;

    private static JsonObject WithSettings(params JsonObject[] settings)
    {
        var body = Valid();
        body["customExtensionStageSettings"] = new JsonArray(settings);
        return body;
    }

    private static JsonObject TwoSettings() => WithSettings(
        ExtensionStage("assignmentRequestCreated", SandboxSeedIds.CustomExtensions.SalesRequestToCrm),
        ExtensionStage("assignmentOneDayBeforeExpiration", SandboxSeedIds.CustomExtensions.SalesExpiryWarning, AssignmentWorkflowExtension));

    private async Task<string> CreateAsync(JsonObject body)
    {
        var created = await Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body.ToJsonString());
        created.Status.ShouldBe(HttpStatusCode.Created, created.Body?.ToJsonString());
        return created.Body!["id"]!.GetValue<string>();
    }

    private async Task<JsonArray> SettingsAsync(string policyId)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"{PoliciesUrl}/{policyId}?$expand=customExtensionStageSettings($expand=customExtension)");
        return response.Body!["customExtensionStageSettings"]!.AsArray();
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PutAsync(string policyId, JsonObject body)
    {
        body["id"] = policyId;
        return await Host.SendJsonAsync(HttpMethod.Put, $"{PoliciesUrl}/{policyId}", body.ToJsonString());
    }

    [Fact]
    public async Task Create_WithSettings_AnswersLikeTheDocsAndStoresThemWithIds()
    {
        var created = await Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, TwoSettings().ToJsonString());

        created.Status.ShouldBe(HttpStatusCode.Created);
        created.Body!.AsObject().ContainsKey("customExtensionStageSettings").ShouldBeFalse("the docs' create response has no navigation properties");
        var settings = await SettingsAsync(created.Body["id"]!.GetValue<string>());
        settings.Select(s => s!["stage"]!.GetValue<string>()).ShouldBe(["assignmentRequestCreated", "assignmentOneDayBeforeExpiration"]);
        settings.Select(s => Guid.TryParse(s!["id"]!.GetValue<string>(), out _)).ShouldAllBe(isGuid => isGuid);
        settings[1]!["customExtension"]!["displayName"]!.GetValue<string>().ShouldBe("Warn before Sales access expires");
    }

    [Fact]
    public async Task Replace_WithAnEmptyCollection_RemovesTheSettings()
    {
        var id = await CreateAsync(TwoSettings());

        var replaced = await PutAsync(id, WithSettings());

        replaced.Status.ShouldBe(HttpStatusCode.OK, replaced.Body?.ToJsonString());
        (await SettingsAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Replace_WithoutTheMember_KeepsTheSettings()
    {
        var id = await CreateAsync(TwoSettings());
        var before = await SettingsAsync(id);
        var body = Valid();
        body["displayName"] = "Renamed, settings untouched";

        var replaced = await PutAsync(id, body);

        replaced.Status.ShouldBe(HttpStatusCode.OK, replaced.Body?.ToJsonString());
        replaced.Body!["displayName"]!.GetValue<string>().ShouldBe("Renamed, settings untouched");
        (await SettingsAsync(id)).ToJsonString().ShouldBe(before.ToJsonString());
    }

    [Fact]
    public async Task Replace_WithOtherSettings_ReplacesThemAndKeepsTheIdsItWasSent()
    {
        var id = await CreateAsync(TwoSettings());
        var kept = (await SettingsAsync(id))[0]!.AsObject();
        var resent = ExtensionStage("assignmentRequestCreated", SandboxSeedIds.CustomExtensions.SalesRequestToCrm);
        resent["id"] = kept["id"]!.GetValue<string>();

        var replaced = await PutAsync(id, WithSettings(resent, ExtensionStage("assignmentRequestGranted", SandboxSeedIds.CustomExtensions.SalesRequestToCrm)));

        replaced.Status.ShouldBe(HttpStatusCode.OK, replaced.Body?.ToJsonString());
        var after = await SettingsAsync(id);
        after.Select(s => s!["stage"]!.GetValue<string>()).ShouldBe(["assignmentRequestCreated", "assignmentRequestGranted"]);
        after[0]!["id"]!.GetValue<string>().ShouldBe(kept["id"]!.GetValue<string>());
        after[1]!["id"]!.GetValue<string>().ShouldNotBe(kept["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replace_WithAnUnknownExtension_IsRefusedAndKeepsTheSettings()
    {
        var id = await CreateAsync(TwoSettings());

        var refused = await PutAsync(id, WithSettings(
            ExtensionStage("assignmentRequestCreated", SandboxSeedIds.CustomExtensions.SalesRequestToCrm), ExtensionStage("assignmentRequestApproved", UnknownId)));

        refused.ShouldBeGraphError(HttpStatusCode.BadRequest, "InvalidPolicy.CustomExtensionNotFound")
            .ShouldStartWith($"customExtensionStageSettings[1].customExtension.id: custom extension '{UnknownId}'");
        (await SettingsAsync(id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Create_WithAnExtensionOfAnotherCatalog_IsRefused()
    {
        // Finance Reporting lives in the Finance catalog, which has no extensions.
        var body = WithSettings(ExtensionStage("assignmentRequestCreated", SandboxSeedIds.CustomExtensions.SalesRequestToCrm));
        body["accessPackage"]!["id"] = SandboxSeedIds.AccessPackages.FinanceReporting;

        var refused = await Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body.ToJsonString());

        refused.ShouldBeGraphError(HttpStatusCode.BadRequest, "InvalidPolicy.CustomExtensionNotFound")
            .ShouldStartWith("customExtensionStageSettings[0].customExtension.id: ");
    }

    [Fact]
    public async Task Create_WithTheExtensionsOtherODataType_StoresTheExtensionsOwnType()
    {
        var id = await CreateAsync(WithSettings(
            ExtensionStage("assignmentRequestCreated", SandboxSeedIds.CustomExtensions.SalesExpiryWarning, RequestWorkflowExtension)));

        (await SettingsAsync(id))[0]!["customExtension"]!["@odata.type"]!.GetValue<string>().ShouldBe(AssignmentWorkflowExtension);
    }

    // A fresh SDK model, as the portal builds one from its draft (the SDK serializes only what was set on a model,
    // nulls included, so a create leaves the id unset).
    private static AccessPackageAssignmentPolicy ContosoPolicy(string description, bool withId = true)
    {
        var policy = NewContosoPolicy(description);
        if (withId)
        {
            policy.Id = SandboxSeedIds.Policies.SalesResourcesContosoPartners;
        }
        return policy;
    }

    private static AccessPackageAssignmentPolicy NewContosoPolicy(string description) => new()
    {
        DisplayName = "Contoso Partners with sponsor approval",
        Description = description,
        AllowedTargetScope = AllowedTargetScope.SpecificConnectedOrganizationUsers,
        SpecificAllowedTargets = [new ConnectedOrganizationMembers { ConnectedOrganizationId = SandboxSeedIds.ConnectedOrganizations.ContosoPartners }],
        Expiration = new ExpirationPattern { Type = ExpirationPatternType.AfterDuration, Duration = TimeSpan.FromDays(90) },
        RequestorSettings = new AccessPackageAssignmentRequestorSettings { EnableTargetsToSelfAddAccess = true, OnBehalfRequestors = [] },
        RequestApprovalSettings = new AccessPackageAssignmentApprovalSettings
        {
            IsApprovalRequiredForAdd = true,
            IsApprovalRequiredForUpdate = false,
            Stages =
            [
                new AccessPackageApprovalStage
                {
                    DurationBeforeAutomaticDenial = TimeSpan.FromDays(14),
                    IsEscalationEnabled = false,
                    PrimaryApprovers = [new InternalSponsors()],
                    FallbackPrimaryApprovers = [new SingleUser { UserId = SandboxSeedIds.Users.MeghanLee }],
                },
            ],
        },
        AccessPackage = new AccessPackage { Id = SandboxSeedIds.AccessPackages.SalesResources },
    };

    [Fact]
    public async Task Sdk_PutWithoutSettingsThenWithEmptySettings_KeepsThenRemovesTheSeededSettings()
    {
        // The case: a client that read the policy without $expand never saw the settings and PUTs without them.
        await Host.ResetAsync();
        using var client = Host.CreateGraphClient();
        var policy = client.IdentityGovernance.EntitlementManagement.AssignmentPolicies[SandboxSeedIds.Policies.SalesResourcesContosoPartners];

        await policy.PutAsync(ContosoPolicy("Edited without touching the extensions"), cancellationToken: Ct);
        var afterKeep = await policy.GetAsync(c => c.QueryParameters.Expand = ["customExtensionStageSettings"], Ct);
        var emptied = ContosoPolicy("Extensions removed");
        emptied.CustomExtensionStageSettings = [];
        await policy.PutAsync(emptied, cancellationToken: Ct);
        var afterEmpty = await policy.GetAsync(c => c.QueryParameters.Expand = ["customExtensionStageSettings"], Ct);

        afterKeep!.Description.ShouldBe("Edited without touching the extensions");
        afterKeep.CustomExtensionStageSettings!.Select(s => s.Id).ShouldBe(
            [SandboxSeedIds.CustomExtensionStageSettings.SalesRequestCreated, SandboxSeedIds.CustomExtensionStageSettings.SalesFourteenDaysBeforeExpiration]);
        afterEmpty!.Description.ShouldBe("Extensions removed");
        afterEmpty.CustomExtensionStageSettings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Sdk_PostWithTypedSettings_IsAcceptedAndReadBackExpanded()
    {
        using var client = Host.CreateGraphClient();
        var policies = client.IdentityGovernance.EntitlementManagement.AssignmentPolicies;
        var body = ContosoPolicy("Copy with an extension", withId: false);
        body.CustomExtensionStageSettings =
        [
            new CustomExtensionStageSetting
            {
                Stage = AccessPackageCustomExtensionStage.AssignmentRequestApproved,
                CustomExtension = new AccessPackageAssignmentRequestWorkflowExtension { Id = SandboxSeedIds.CustomExtensions.SalesRequestToCrm },
            },
        ];

        var created = await policies.PostAsync(body, cancellationToken: Ct);
        var fetched = await policies[created!.Id].GetAsync(c => c.QueryParameters.Expand = ["customExtensionStageSettings($expand=customExtension)"], Ct);

        created.CustomExtensionStageSettings.ShouldBeNull("the create response carries no navigation properties");
        fetched!.CustomExtensionStageSettings.ShouldHaveSingleItem().CustomExtension!.DisplayName.ShouldBe("Log request in CRM");
    }
}
