using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>The gateway through the real Graph SDK, its serializer and middleware, against the sandbox over loopback HTTP.</summary>
public sealed class PolicyGatewayTests(SandboxServiceTest<IPolicyGateway>.Server server) : SandboxServiceTest<IPolicyGateway>(server)
{
    private const string PoliciesPath = "/v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    private IPolicyGateway Gateway => Service;

    [Fact]
    public async Task Submit_ANewPolicy_PostsExactlyThePreviewAndReadsBackTheSamePolicy()
    {
        var draft = ExternalPartners("Partners (gateway test)");
        var prepared = Gateway.Prepare(draft);

        var submitted = await Gateway.SubmitAsync(prepared, Ct);

        var post = (await Journal.RequestsAsync("POST", PoliciesPath, Ct)).ShouldHaveSingleItem();
        post.GetProperty("body").GetString().ShouldBe(prepared.Json);
        post.GetProperty("status").GetInt32().ShouldBe(201);
        submitted.PolicyId.ShouldNotBeNullOrEmpty();
        var read = await Gateway.GetAsync(submitted.PolicyId, Ct);
        read.DisplayName.ShouldBe("Partners (gateway test)");
        read.RequestApproval.Stages.Count.ShouldBe(2);
        read.RequestApproval.Stages[0].PrimaryApprovers.ShouldHaveSingleItem().Kind.ShouldBe(SubjectKind.InternalSponsors);
    }

    [Fact]
    public async Task Submit_AnEditedPolicy_PutsTheWholePolicyWithOnlyThatFieldChanged()
    {
        var created = await Gateway.SubmitAsync(Gateway.Prepare(ExternalPartners("Partners (edit test)")), Ct);
        var before = await Gateway.GetAsync(created.PolicyId, Ct);
        var originalJson = Gateway.Prepare(before).Json;

        before.Description = "Changed by the gateway test";
        var prepared = Gateway.Prepare(before);
        await Gateway.SubmitAsync(prepared, Ct);

        var put = (await Journal.RequestsAsync("PUT", created.PolicyId, Ct)).ShouldHaveSingleItem();
        put.GetProperty("body").GetString().ShouldBe(prepared.Json);
        prepared.Json.ShouldBe(originalJson.Replace(
            $"\"description\":\"{before.DisplayName} description\"", "\"description\":\"Changed by the gateway test\"", StringComparison.Ordinal));
        (await Gateway.GetAsync(created.PolicyId, Ct)).Description.ShouldBe("Changed by the gateway test");
    }

    [Fact]
    public async Task Edit_APolicyWithCustomExtensions_ReadsThemExpandedAndPutsThemBackIntact()
    {
        const string id = SandboxSeedIds.Policies.SalesResourcesContosoPartners;
        var before = await Gateway.GetAsync(id, Ct);
        before.CustomExtensionStageSettings.Select(s => s.CustomExtensionDisplayName)
            .ShouldBe(["Log request in CRM", "Warn before Sales access expires"], ignoreOrder: true);

        before.Description = "Edited with its Logic App hooks";
        await Gateway.SubmitAsync(Gateway.Prepare(before), Ct);

        var read = (await Journal.RequestsAsync("GET", id, Ct))[0].GetProperty("path").GetString()!;
        Uri.UnescapeDataString(read).ShouldContain("$expand=accessPackage,customExtensionStageSettings($expand=customExtension)");
        var after = await Gateway.GetAsync(id, Ct);
        after.Description.ShouldBe("Edited with its Logic App hooks");
        after.CustomExtensionStageSettings.Select(s => (s.Stage, s.CustomExtensionId)).ShouldBe(
            before.CustomExtensionStageSettings.Select(s => (s.Stage, s.CustomExtensionId)), ignoreOrder: true);
    }

    [Fact]
    public async Task Submit_ThePreparedPolicyTwice_IsRefused_ASecondAttemptPreparesAgain()
    {
        var prepared = Gateway.Prepare(ExternalPartners("Partners (twice)"));
        await Gateway.SubmitAsync(prepared, Ct);

        await Should.ThrowAsync<InvalidOperationException>(() => Gateway.SubmitAsync(prepared, Ct));
        (await Journal.RequestsAsync("POST", PoliciesPath, Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Delete_ThenGet_SaysThePolicyNoLongerExists()
    {
        var created = await Gateway.SubmitAsync(Gateway.Prepare(ExternalPartners("Partners (delete test)")), Ct);

        await Gateway.DeleteAsync(created.PolicyId, Ct);

        var error = await Should.ThrowAsync<GatewayNotFoundException>(() => Gateway.GetAsync(created.PolicyId, Ct));
        error.Message.ShouldContain("no longer exists");
    }

    [Fact]
    public async Task List_ForAPackage_ReturnsItsPoliciesAsDraftsThatPrepareToTheBodyThatCreatedThem()
    {
        var sent = Gateway.Prepare(ExternalPartners("Partners (list test)")).Json;
        var created = await Gateway.SubmitAsync(Gateway.Prepare(ExternalPartners("Partners (list test)")), Ct);

        var drafts = await Gateway.ListAsync(SandboxSeedIds.AccessPackages.MarketingCampaignTools, Ct);

        drafts.ShouldAllBe(d => d.AccessPackage.Id == SandboxSeedIds.AccessPackages.MarketingCampaignTools);
        var listed = drafts.Where(d => d.Id == created.PolicyId).ShouldHaveSingleItem();
        // What a lost submit is recognised by (LostSubmitReconciler): the policy Graph keeps reads back as the body sent.
        Gateway.Prepare(listed.CloneAsNew()).Json.ShouldBe(sent);
    }

    [Fact]
    public async Task Submit_APolicyTheServiceRefuses_IsTranslatedNotThrownRaw()
    {
        var draft = ExternalPartners("Partners (refused)");
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers.Clear(); // sponsors without a fallback

        var error = await Should.ThrowAsync<GatewayInvalidPolicyException>(() => Gateway.SubmitAsync(Gateway.Prepare(draft), Ct));

        error.Code.ShouldStartWith("InvalidPolicy.");
        error.Field.ShouldBe("RequestApproval");
        error.Message.ShouldNotContain("requestApprovalSettings");
    }

    [Fact]
    public async Task Submit_WhenGraphThrottlesOnce_RetriesAfterRetryAfterAndCreatesThePolicyOnce()
    {
        await Journal.FailNextAsync("POST", PoliciesPath, status: 429, count: 1, retryAfterSeconds: 1, Ct);

        var submitted = await Gateway.SubmitAsync(Gateway.Prepare(ExternalPartners("Partners (throttled)")), Ct);

        var posts = await Journal.RequestsAsync("POST", PoliciesPath, Ct);
        posts.Select(p => p.GetProperty("status").GetInt32()).ShouldBe([429, 201]);
        var waited = posts[1].GetProperty("timestamp").GetDateTimeOffset() - posts[0].GetProperty("timestamp").GetDateTimeOffset();
        waited.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900));
        (await Gateway.ListAsync(SandboxSeedIds.AccessPackages.MarketingCampaignTools, Ct))
            .Count(d => d.DisplayName == "Partners (throttled)").ShouldBe(1);
        submitted.PolicyId.ShouldNotBeNullOrEmpty();
    }

    private static PolicyDraft ExternalPartners(string name) =>
        SeededDrafts.ExternalPartners(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "Marketing Campaign Tools", name, name + " description");
}
