using System.Net;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Policies;

/// <summary>Limits across the policies of a package. Own host: these tests fill packages up.</summary>
public sealed class PolicyLimitTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string PoliciesUrl = "v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    [Fact]
    public async Task Create_TenthAndEleventhPolicyOfAPackage_AreBothAccepted()
    {
        // No current page documents a policy limit per access package (spec §8; README, "Known differences").
        await fixture.Host.ResetAsync();
        var body = PolicyBodies.Valid(SandboxSeedIds.AccessPackages.PartnerPortalAccess).ToJsonString();

        var tenth = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body);
        var eleventh = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body);
        var listed = await fixture.Host.SendJsonAsync(HttpMethod.Get,
            $"v1.0/identityGovernance/entitlementManagement/accessPackages/{SandboxSeedIds.AccessPackages.PartnerPortalAccess}/assignmentPolicies");

        tenth.Status.ShouldBe(HttpStatusCode.Created);
        eleventh.Status.ShouldBe(HttpStatusCode.Created, eleventh.Body?.ToJsonString());
        listed.Body!["value"]!.AsArray().Count.ShouldBe(11);
    }

    [Fact]
    public async Task Create_ConcurrentAutoAssignmentPolicies_AcceptsExactlyOne()
    {
        await fixture.Host.ResetAsync();
        var body = PolicyBodies.Valid(SandboxSeedIds.AccessPackages.MarketingCampaignTools);
        body["allowedTargetScope"] = "specificDirectoryUsers";
        body["specificAllowedTargets"] = new JsonArray(new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.attributeRuleMembers",
            ["membershipRule"] = "(user.department -eq \"Marketing\")",
        });
        body["automaticRequestSettings"] = new JsonObject { ["requestAccessForAllowedTargets"] = true };
        body.Remove("requestApprovalSettings");
        body.Remove("reviewSettings");
        var json = body.ToJsonString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, json)));

        // The rules run under the write lock, so the one-per-package rule holds under concurrency.
        responses.Count(r => r.Status == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.Body?["error"]?["code"]?.GetValue<string>() == "InvalidPolicy.AutoAssignmentLimit").ShouldBe(7);
    }

    [Fact]
    public async Task Reset_AfterChanges_RestoresTheSeededPolicies()
    {
        var body = PolicyBodies.Valid(SandboxSeedIds.AccessPackages.MarketingCampaignTools).ToJsonString();
        var created = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body);
        await fixture.Host.SendJsonAsync(HttpMethod.Delete, $"{PoliciesUrl}/{SandboxSeedIds.Policies.EngineeringToolsAutoAssignment}");

        await fixture.Host.ResetAsync();
        var journal = await fixture.Host.JournalAsync();

        journal.ShouldBeEmpty();
        (await fixture.Host.SendJsonAsync(HttpMethod.Get, $"{PoliciesUrl}/{created.Body!["id"]}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Host.SendJsonAsync(HttpMethod.Get, $"{PoliciesUrl}/{SandboxSeedIds.Policies.EngineeringToolsAutoAssignment}")).Status.ShouldBe(HttpStatusCode.OK);
    }
}
