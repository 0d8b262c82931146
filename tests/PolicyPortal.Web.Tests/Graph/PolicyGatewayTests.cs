using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>The gateway through the real Graph SDK, its serializer and middleware, against the sandbox over loopback HTTP.</summary>
public sealed class PolicyGatewayTests : IClassFixture<PolicyGatewayTests.Server>, IAsyncLifetime
{
    private const string PoliciesPath = "/v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    private readonly DemoPortalServer _server;
    private readonly SandboxJournal _journal;
    private readonly AsyncServiceScope _scope;
    private readonly IPolicyGateway _gateway;

    public PolicyGatewayTests(Server server)
    {
        _server = server.Portal;
        _journal = new SandboxJournal(_server);
        _scope = _server.Services.CreateAsyncScope();
        _gateway = _scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _journal.ResetAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        _journal.Dispose();
    }

    [Fact]
    public async Task Submit_ANewPolicy_PostsExactlyThePreviewAndReadsBackTheSamePolicy()
    {
        var draft = ExternalPartners("Partners (gateway test)");
        var prepared = _gateway.Prepare(draft);

        var submitted = await _gateway.SubmitAsync(prepared, Ct);

        var post = (await _journal.RequestsAsync("POST", PoliciesPath, Ct)).ShouldHaveSingleItem();
        post.GetProperty("body").GetString().ShouldBe(prepared.Json);
        post.GetProperty("status").GetInt32().ShouldBe(201);
        submitted.PolicyId.ShouldNotBeNullOrEmpty();
        var read = await _gateway.GetAsync(submitted.PolicyId, Ct);
        read.DisplayName.ShouldBe("Partners (gateway test)");
        read.RequestApproval.Stages.Count.ShouldBe(2);
        read.RequestApproval.Stages[0].PrimaryApprovers.ShouldHaveSingleItem().Kind.ShouldBe(SubjectKind.InternalSponsors);
    }

    [Fact]
    public async Task Submit_AnEditedPolicy_PutsTheWholePolicyWithOnlyThatFieldChanged()
    {
        var created = await _gateway.SubmitAsync(_gateway.Prepare(ExternalPartners("Partners (edit test)")), Ct);
        var before = await _gateway.GetAsync(created.PolicyId, Ct);
        var originalJson = _gateway.Prepare(before).Json;

        before.Description = "Changed by the gateway test";
        var prepared = _gateway.Prepare(before);
        await _gateway.SubmitAsync(prepared, Ct);

        var put = (await _journal.RequestsAsync("PUT", created.PolicyId, Ct)).ShouldHaveSingleItem();
        put.GetProperty("body").GetString().ShouldBe(prepared.Json);
        prepared.Json.ShouldBe(originalJson.Replace(
            $"\"description\":\"{before.DisplayName} description\"", "\"description\":\"Changed by the gateway test\"", StringComparison.Ordinal));
        (await _gateway.GetAsync(created.PolicyId, Ct)).Description.ShouldBe("Changed by the gateway test");
    }

    [Fact]
    public async Task Submit_ThePreparedPolicyTwice_IsRefusedBecauseTheSdkWouldSendAnEmptyBody()
    {
        var prepared = _gateway.Prepare(ExternalPartners("Partners (twice)"));
        await _gateway.SubmitAsync(prepared, Ct);

        await Should.ThrowAsync<InvalidOperationException>(() => _gateway.SubmitAsync(prepared, Ct));
        (await _journal.RequestsAsync("POST", PoliciesPath, Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Delete_ThenGet_SaysThePolicyNoLongerExists()
    {
        var created = await _gateway.SubmitAsync(_gateway.Prepare(ExternalPartners("Partners (delete test)")), Ct);

        await _gateway.DeleteAsync(created.PolicyId, Ct);

        var error = await Should.ThrowAsync<GatewayNotFoundException>(() => _gateway.GetAsync(created.PolicyId, Ct));
        error.Message.ShouldContain("no longer exists");
    }

    [Fact]
    public async Task List_ForAPackage_ReturnsItsPoliciesAsDraftsAndFindByNameFindsOne()
    {
        await _gateway.SubmitAsync(_gateway.Prepare(ExternalPartners("Partners (list test)")), Ct);

        var drafts = await _gateway.ListAsync(SandboxSeedIds.AccessPackages.MarketingCampaignTools, Ct);

        drafts.ShouldContain(d => d.DisplayName == "Partners (list test)");
        drafts.ShouldAllBe(d => d.AccessPackage.Id == SandboxSeedIds.AccessPackages.MarketingCampaignTools);
        (await _gateway.FindByNameAsync(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "Partners (list test)", Ct)).ShouldNotBeNull();
        (await _gateway.FindByNameAsync(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "No such policy", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Submit_APolicyTheServiceRefuses_IsTranslatedNotThrownRaw()
    {
        var draft = ExternalPartners("Partners (refused)");
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers.Clear(); // sponsors without a fallback

        var error = await Should.ThrowAsync<GatewayInvalidPolicyException>(() => _gateway.SubmitAsync(_gateway.Prepare(draft), Ct));

        error.Code.ShouldStartWith("InvalidPolicy.");
        error.Field.ShouldBe("RequestApproval");
        error.Message.ShouldNotContain("requestApprovalSettings");
    }

    [Fact]
    public async Task Submit_WhenGraphThrottlesOnce_RetriesAfterRetryAfterAndCreatesThePolicyOnce()
    {
        await _journal.FailNextAsync("POST", PoliciesPath, status: 429, count: 1, retryAfterSeconds: 1, Ct);

        var submitted = await _gateway.SubmitAsync(_gateway.Prepare(ExternalPartners("Partners (throttled)")), Ct);

        var posts = await _journal.RequestsAsync("POST", PoliciesPath, Ct);
        posts.Select(p => p.GetProperty("status").GetInt32()).ShouldBe([429, 201]);
        var waited = posts[1].GetProperty("timestamp").GetDateTimeOffset() - posts[0].GetProperty("timestamp").GetDateTimeOffset();
        waited.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900));
        (await _gateway.ListAsync(SandboxSeedIds.AccessPackages.MarketingCampaignTools, Ct))
            .Count(d => d.DisplayName == "Partners (throttled)").ShouldBe(1);
        submitted.PolicyId.ShouldNotBeNullOrEmpty();
    }

    private static PolicyDraft ExternalPartners(string name) =>
        SeededDrafts.ExternalPartners(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "Marketing Campaign Tools", name, name + " description");

    /// <summary>One demo server for the class; each test starts from the seed.</summary>
    public sealed class Server : IAsyncDisposable
    {
        public DemoPortalServer Portal { get; } = new();

        public ValueTask DisposeAsync() => Portal.DisposeAsync();
    }
}
