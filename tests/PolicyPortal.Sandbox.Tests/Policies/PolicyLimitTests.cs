using System.Net;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Policies;

/// <summary>Per-package limits. Own host: these tests fill packages up.</summary>
public sealed class PolicyLimitTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string PoliciesUrl = "v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    [Fact]
    public async Task Create_EleventhPolicyOfAPackage_IsRefusedWithPolicyLimit()
    {
        await fixture.Host.ResetAsync();
        var body = PolicyBodies.Valid(SandboxSeedIds.AccessPackages.PartnerPortalAccess).ToJsonString();

        var tenth = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body);
        var eleventh = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body);

        tenth.Status.ShouldBe(HttpStatusCode.Created);
        eleventh.ShouldBeGraphError(HttpStatusCode.BadRequest, "InvalidPolicy.PolicyLimit").ShouldContain("10");
    }

    [Fact]
    public async Task Create_ConcurrentlyPastTheLimit_AcceptsExactlyUpToTen()
    {
        await fixture.Host.ResetAsync();
        var body = PolicyBodies.Valid(SandboxSeedIds.AccessPackages.SalesResources).ToJsonString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body)));

        // Sales Resources starts with 3 policies, so 7 fit.
        responses.Count(r => r.Status == HttpStatusCode.Created).ShouldBe(7);
        responses.Count(r => r.Body?["error"]?["code"]?.GetValue<string>() == "InvalidPolicy.PolicyLimit").ShouldBe(5);
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
