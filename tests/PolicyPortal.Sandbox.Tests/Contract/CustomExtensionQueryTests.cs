using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using PolicyPortal.Sandbox.Tests.Infrastructure;
using static PolicyPortal.Sandbox.Tests.Policies.PolicyBodies;

namespace PolicyPortal.Sandbox.Tests.Contract;

/// <summary>Custom extension stage settings come back only when expanded, as Graph documents (get policy, example 2);
/// the catalog's custom workflow extensions and the policy's contained sub-resources answer like Graph's.</summary>
public sealed class CustomExtensionQueryTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Root = "v1.0/identityGovernance/entitlementManagement";
    private const string Policy = SandboxSeedIds.Policies.SalesResourcesContosoPartners;
    private const string Package = SandboxSeedIds.AccessPackages.SalesResources;
    private const string Nested = "customExtensionStageSettings($expand=customExtension)";
    private const string PolicyUrl = $"{Root}/assignmentPolicies/{Policy}";
    private const string SettingsUrl = $"{PolicyUrl}/customExtensionStageSettings";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SandboxHost Host => fixture.Host;

    // Each url answers with the seeded policy somewhere in its body; the function finds it.
    public static TheoryData<string> PolicyReads =>
    [
        PolicyUrl,
        $"{Root}/assignmentPolicies?$filter=accessPackage/id eq '{Package}'",
        $"{Root}/accessPackages/{Package}/assignmentPolicies",
        $"{Root}/accessPackages/{Package}?$expand=assignmentPolicies",
    ];

    private static JsonObject FindPolicy(JsonNode body) =>
        (body["id"]?.GetValue<string>() == Policy ? body
            : (body["value"] ?? body["assignmentPolicies"])!.AsArray().Single(p => p!["id"]!.GetValue<string>() == Policy))!.AsObject();

    private static string WithExpand(string url, string expand) => url.Contains("$expand=assignmentPolicies", StringComparison.Ordinal)
        ? url.Replace("$expand=assignmentPolicies", $"$expand=assignmentPolicies($expand={expand})", StringComparison.Ordinal)
        : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"$expand={expand}";

    [Theory]
    [MemberData(nameof(PolicyReads))]
    public async Task Read_WithoutExpand_HasNoCustomExtensionStageSettings(string url)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, url);

        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        var policy = FindPolicy(response.Body!);
        policy["displayName"]!.GetValue<string>().ShouldBe("Contoso Partners with sponsor approval");
        policy.ContainsKey("customExtensionStageSettings").ShouldBeFalse(policy.ToJsonString());
        policy["questions"].ShouldBeOfType<JsonArray>("questions keep coming back without $expand");
    }

    [Theory]
    [MemberData(nameof(PolicyReads))]
    public async Task Read_ExpandSettingsWithCustomExtension_ReturnsEachExtensionWithItsType(string url)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, WithExpand(url, Nested));

        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        var settings = FindPolicy(response.Body!)["customExtensionStageSettings"]!.AsArray();
        settings.Select(s => s!["id"]!.GetValue<string>()).ShouldBe(
            [SandboxSeedIds.CustomExtensionStageSettings.SalesRequestCreated, SandboxSeedIds.CustomExtensionStageSettings.SalesFourteenDaysBeforeExpiration]);
        settings.Select(s => s!["stage"]!.GetValue<string>()).ShouldBe(["assignmentRequestCreated", "assignmentFourteenDaysBeforeExpiration"]);
        var request = settings[0]!["customExtension"]!;
        request["@odata.type"]!.GetValue<string>().ShouldBe(RequestWorkflowExtension);
        request["id"]!.GetValue<string>().ShouldBe(SandboxSeedIds.CustomExtensions.SalesRequestToCrm);
        request["displayName"]!.GetValue<string>().ShouldBe("Log request in CRM");
        request["endpointConfiguration"]!["@odata.type"]!.GetValue<string>().ShouldBe("#microsoft.graph.logicAppTriggerEndpointConfiguration");
        request["authenticationConfiguration"]!["@odata.type"]!.GetValue<string>().ShouldBe("#microsoft.graph.azureAdTokenAuthentication");
        settings[1]!["customExtension"]!["@odata.type"]!.GetValue<string>().ShouldBe(AssignmentWorkflowExtension);
        settings[1]!["customExtension"]!["displayName"]!.GetValue<string>().ShouldBe("Warn before Sales access expires");
    }

    [Fact]
    public async Task Get_ExpandSettingsAlone_ReturnsIdAndStageOnly()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"{PolicyUrl}?$expand=customExtensionStageSettings");

        var settings = response.Body!["customExtensionStageSettings"]!.AsArray();
        settings.Count.ShouldBe(2);
        settings.ShouldAllBe(s => s!.AsObject().Select(p => p.Key).OrderBy(k => k).SequenceEqual(new[] { "id", "stage" }));
    }

    [Fact]
    public async Task Get_ExpandAccessPackageAndNestedSettings_ReturnsBoth()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"{PolicyUrl}?$expand=accessPackage,{Nested}&$select=id,displayName");

        response.Status.ShouldBe(HttpStatusCode.OK, response.Body?.ToJsonString());
        response.Body!["accessPackage"]!["displayName"]!.GetValue<string>().ShouldBe("Sales Resources");
        response.Body["customExtensionStageSettings"]![1]!["customExtension"]!["displayName"]!.GetValue<string>().ShouldBe("Warn before Sales access expires");
        response.Body["requestApprovalSettings"].ShouldBeNull("$select still applies");
    }

    [Theory]
    [InlineData("frobs")]
    [InlineData("customExtensionStageSettings($expand=frobs)")]
    [InlineData("customExtensionStageSettings($select=id)")]
    [InlineData("customExtensionStageSettings($expand=customExtension")]
    [InlineData("accessPackage($expand=customExtension)")]
    public async Task Get_UnsupportedExpand_Returns400(string expand)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"{PolicyUrl}?$expand={Uri.EscapeDataString(expand)}");

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task StageSettings_Collection_ListsIdAndStageAndExpandsTheExtension()
    {
        var plain = await Host.SendJsonAsync(HttpMethod.Get, SettingsUrl);
        var expanded = await Host.SendJsonAsync(HttpMethod.Get, $"{SettingsUrl}?$expand=customExtension");

        plain.Status.ShouldBe(HttpStatusCode.OK, plain.Body?.ToJsonString());
        plain.Body!["@odata.context"]!.GetValue<string>().ShouldBe(
            $"{Host.GraphUrl}/$metadata#identityGovernance/entitlementManagement/assignmentPolicies('{Policy}')/customExtensionStageSettings");
        plain.Body["value"]!.AsArray().Select(s => s!["stage"]!.GetValue<string>()).ShouldBe(["assignmentRequestCreated", "assignmentFourteenDaysBeforeExpiration"]);
        plain.Body["value"]![0]!["customExtension"].ShouldBeNull();
        expanded.Body!["value"]![0]!["customExtension"]!["displayName"]!.GetValue<string>().ShouldBe("Log request in CRM");
    }

    [Fact]
    public async Task StageSettings_OneAndItsExtension_AnswerTheSeededEntities()
    {
        var setting = await Host.SendJsonAsync(HttpMethod.Get, $"{SettingsUrl}/{SandboxSeedIds.CustomExtensionStageSettings.SalesFourteenDaysBeforeExpiration}");
        var extension = await Host.SendJsonAsync(HttpMethod.Get, $"{SettingsUrl}/{SandboxSeedIds.CustomExtensionStageSettings.SalesFourteenDaysBeforeExpiration}/customExtension");

        setting.Status.ShouldBe(HttpStatusCode.OK, setting.Body?.ToJsonString());
        setting.Body!["stage"]!.GetValue<string>().ShouldBe("assignmentFourteenDaysBeforeExpiration");
        setting.Body["@odata.context"]!.GetValue<string>().ShouldEndWith("/customExtensionStageSettings/$entity");
        extension.Status.ShouldBe(HttpStatusCode.OK, extension.Body?.ToJsonString());
        extension.Body!["@odata.type"]!.GetValue<string>().ShouldBe(AssignmentWorkflowExtension);
        extension.Body["id"]!.GetValue<string>().ShouldBe(SandboxSeedIds.CustomExtensions.SalesExpiryWarning);
    }

    [Theory]
    [InlineData(SettingsUrl + "/" + UnknownId)]
    [InlineData(SettingsUrl + "/" + UnknownId + "/customExtension")]
    [InlineData(PolicyUrl + "/questions/" + UnknownId)]
    [InlineData(Root + "/assignmentPolicies/" + UnknownId + "/customExtensionStageSettings")]
    [InlineData(Root + "/assignmentPolicies/" + UnknownId + "/questions")]
    [InlineData(Root + "/catalogs/" + SandboxSeedIds.Catalogs.SalesAndMarketingCatalog + "/customWorkflowExtensions/" + SandboxSeedIds.CustomExtensions.PartnerNdaCheck)]
    [InlineData(Root + "/catalogs/" + UnknownId + "/customWorkflowExtensions")]
    public async Task SubResource_UnknownId_Returns404(string url)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, url);

        response.ShouldBeGraphError(HttpStatusCode.NotFound, "ResourceNotFound");
    }

    [Theory]
    [InlineData("POST", SettingsUrl)]
    [InlineData("DELETE", SettingsUrl + "/" + SandboxSeedIds.CustomExtensionStageSettings.SalesRequestCreated)]
    [InlineData("PATCH", SettingsUrl + "/" + SandboxSeedIds.CustomExtensionStageSettings.SalesRequestCreated + "/customExtension")]
    [InlineData("POST", PolicyUrl + "/questions")]
    [InlineData("POST", Root + "/catalogs/" + SandboxSeedIds.Catalogs.SalesAndMarketingCatalog + "/customWorkflowExtensions")]
    public async Task SubResource_OtherMethods_Return405(string method, string url)
    {
        var response = await Host.SendJsonAsync(new HttpMethod(method), url, "{}");

        response.ShouldBeGraphError(HttpStatusCode.MethodNotAllowed, "MethodNotAllowed");
    }

    [Fact]
    public async Task SubResource_UnknownSegment_Returns400()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"{PolicyUrl}/frobs");

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest").ShouldContain("frobs");
    }

    [Fact]
    public async Task Questions_CollectionAndOne_AnswerThePolicysQuestions()
    {
        var body = Valid();
        body["questions"] = new JsonArray(new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.accessPackageTextInputQuestion",
            ["sequence"] = 1,
            ["isRequired"] = true,
            ["isAnswerEditable"] = true,
            ["text"] = "Which project do you work on?",
            ["localizations"] = new JsonArray(),
            ["isSingleLineQuestion"] = true,
        });
        var created = await Host.SendJsonAsync(HttpMethod.Post, $"{Root}/assignmentPolicies", body.ToJsonString());
        var url = $"{Root}/assignmentPolicies/{created.Body!["id"]}/questions";

        var list = await Host.SendJsonAsync(HttpMethod.Get, url);
        var id = list.Body!["value"]![0]!["id"]!.GetValue<string>();
        var one = await Host.SendJsonAsync(HttpMethod.Get, $"{url}/{id}?$select=text");

        list.Status.ShouldBe(HttpStatusCode.OK, list.Body.ToJsonString());
        list.Body["@odata.context"]!.GetValue<string>().ShouldEndWith($"assignmentPolicies('{created.Body["id"]}')/questions");
        Guid.TryParse(id, out _).ShouldBeTrue();
        one.Status.ShouldBe(HttpStatusCode.OK, one.Body?.ToJsonString());
        one.Body!["@odata.type"]!.GetValue<string>().ShouldBe("#microsoft.graph.accessPackageTextInputQuestion");
        one.Body["text"]!.GetValue<string>().ShouldBe("Which project do you work on?");
        one.Body["isRequired"].ShouldBeNull("$select=text");
    }

    [Fact]
    public async Task Catalog_CustomWorkflowExtensions_ListsOnlyThatCatalogsExtensions()
    {
        const string url = $"{Root}/catalogs/{SandboxSeedIds.Catalogs.SalesAndMarketingCatalog}/customWorkflowExtensions";

        var all = await Host.SendJsonAsync(HttpMethod.Get, url);
        var filtered = await Host.SendJsonAsync(HttpMethod.Get, $"{url}?$filter=displayName eq 'Log request in CRM'&$select=id,displayName");
        var paged = await Host.SendJsonAsync(HttpMethod.Get, $"{url}?$top=1");
        var one = await Host.SendJsonAsync(HttpMethod.Get, $"{url}/{SandboxSeedIds.CustomExtensions.SalesExpiryWarning}");
        var partner = await Host.SendJsonAsync(HttpMethod.Get, $"{Root}/catalogs/{SandboxSeedIds.Catalogs.PartnerCollaborationCatalog}/customWorkflowExtensions");
        var expanded = await Host.SendJsonAsync(HttpMethod.Get, $"{Root}/catalogs/{SandboxSeedIds.Catalogs.FinanceCatalog}?$expand=customWorkflowExtensions");

        all.Status.ShouldBe(HttpStatusCode.OK, all.Body?.ToJsonString());
        all.Body!["@odata.context"]!.GetValue<string>().ShouldEndWith(
            $"catalogs('{SandboxSeedIds.Catalogs.SalesAndMarketingCatalog}')/customWorkflowExtensions");
        all.Body["value"]!.AsArray().Select(e => e!["id"]!.GetValue<string>())
            .ShouldBe([SandboxSeedIds.CustomExtensions.SalesRequestToCrm, SandboxSeedIds.CustomExtensions.SalesExpiryWarning]);
        var selected = filtered.Body!["value"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        selected.Select(p => p.Key).ShouldBe(["@odata.type", "id", "displayName"], "a derived type keeps its @odata.type under $select");
        paged.Body!["value"]!.AsArray().Count.ShouldBe(1);
        paged.Body["@odata.nextLink"].ShouldNotBeNull();
        one.Body!["displayName"]!.GetValue<string>().ShouldBe("Warn before Sales access expires");
        one.Body["clientConfiguration"]!["timeoutInMilliseconds"]!.GetValue<int>().ShouldBe(1000);
        partner.Body!["value"]!.AsArray().ShouldHaveSingleItem()!["displayName"]!.GetValue<string>().ShouldBe("Check partner NDA");
        expanded.Body!["customWorkflowExtensions"]!.AsArray().ShouldBeEmpty("the Finance catalog has no extensions");
    }

    [Fact]
    public async Task Sdk_GetWithNestedExpand_ReadsTypedExtensionsWithDisplayNames()
    {
        using var client = Host.CreateGraphClient();
        var policies = client.IdentityGovernance.EntitlementManagement.AssignmentPolicies;

        var plain = await policies[Policy].GetAsync(cancellationToken: Ct);
        var expanded = await policies[Policy].GetAsync(c => c.QueryParameters.Expand = [Nested], Ct);

        (plain!.CustomExtensionStageSettings ?? []).ShouldBeEmpty();
        var settings = expanded!.CustomExtensionStageSettings!;
        settings.Select(s => s.Stage).ShouldBe([AccessPackageCustomExtensionStage.AssignmentRequestCreated, AccessPackageCustomExtensionStage.AssignmentFourteenDaysBeforeExpiration]);
        settings[0].CustomExtension.ShouldBeOfType<AccessPackageAssignmentRequestWorkflowExtension>().DisplayName.ShouldBe("Log request in CRM");
        settings[1].CustomExtension.ShouldBeOfType<AccessPackageAssignmentWorkflowExtension>().DisplayName.ShouldBe("Warn before Sales access expires");
        settings[0].CustomExtension!.EndpointConfiguration.ShouldBeOfType<LogicAppTriggerEndpointConfiguration>().LogicAppWorkflowName.ShouldBe("sales-request-to-crm");
    }

    [Fact]
    public async Task Sdk_SubResourceBuilders_ReadSettingsExtensionAndCatalogExtensions()
    {
        using var client = Host.CreateGraphClient();
        var management = client.IdentityGovernance.EntitlementManagement;

        var settings = await management.AssignmentPolicies[Policy].CustomExtensionStageSettings.GetAsync(cancellationToken: Ct);
        var extension = await management.AssignmentPolicies[Policy].CustomExtensionStageSettings[SandboxSeedIds.CustomExtensionStageSettings.SalesRequestCreated]
            .CustomExtension.GetAsync(cancellationToken: Ct);
        var catalogExtensions = await management.Catalogs[SandboxSeedIds.Catalogs.SalesAndMarketingCatalog].CustomWorkflowExtensions.GetAsync(cancellationToken: Ct);

        settings!.Value!.Select(s => s.Id).ShouldBe([SandboxSeedIds.CustomExtensionStageSettings.SalesRequestCreated, SandboxSeedIds.CustomExtensionStageSettings.SalesFourteenDaysBeforeExpiration]);
        extension.ShouldBeOfType<AccessPackageAssignmentRequestWorkflowExtension>().Id.ShouldBe(SandboxSeedIds.CustomExtensions.SalesRequestToCrm);
        catalogExtensions!.Value!.Select(e => e.GetType()).ShouldBe([typeof(AccessPackageAssignmentRequestWorkflowExtension), typeof(AccessPackageAssignmentWorkflowExtension)]);
    }
}
