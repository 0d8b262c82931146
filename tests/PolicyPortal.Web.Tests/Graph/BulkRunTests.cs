using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Templates;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Bulk;
using PolicyPortal.Web.Policies;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>Applying a bulk plan through the real Graph SDK's $batch against the sandbox: throttling, a lost answer and a
/// run stopped mid-way and resumed by another runner still create each policy exactly once.</summary>
public sealed class BulkRunTests(SandboxServiceTest<BulkRunner>.Server server) : SandboxServiceTest<BulkRunner>(server)
{
    private const string PoliciesPath = "/v1.0/identityGovernance/entitlementManagement/assignmentPolicies";
    private const string BatchedPolicies = "/identityGovernance/entitlementManagement/assignmentPolicies";
    private static readonly CurrentUser Admin = new("bulk-admin", "Bulk Admin");

    [Fact]
    public async Task SixtyCreates_WithThrottlingAndA503AfterTheWork_CreateEachPolicyOnce()
    {
        var plan = await CreatesAsync("Throttled", 60);
        await Journal.FailNextAsync("POST", PoliciesPath, 503, 1, null, Ct, afterHandling: true);
        await Journal.FailNextAsync("POST", PoliciesPath, 429, 3, retryAfterSeconds: 1, Ct);

        var runId = await Service.StartAsync(Admin, "sixty creates", plan, Ct);
        var run = await Service.RunAsync(Admin, runId, null, () => false, Ct);

        run.FinishedAt.ShouldNotBeNull();
        run.Items.ShouldAllBe(i => i.State == BulkItemState.Succeeded);
        for (var i = 0; i < 60; i++)
        {
            (await Journal.CountPoliciesNamedAsync(Name("Throttled", i), Ct)).ShouldBe(1, Name("Throttled", i));
        }
        var batches = await Journal.RequestsAsync("POST", "/$batch", Ct);
        batches.Count.ShouldBeGreaterThanOrEqualTo(4, "60 items are three batches of 20, and the throttled ones go again");
        var posts = await Journal.BatchedRequestsAsync("POST", BatchedPolicies, Ct);
        posts.Count.ShouldBe(63, "60 creates, and the 3 refused with 429 sent again; the one answered 503 after it was done is not");
    }

    [Fact]
    public async Task StoppedAfterALostAnswer_ResumedByAnotherRunner_SettlesFromGraphAndSendsNothingTwice()
    {
        var plan = await CreatesAsync("Resumed", 25);
        // The first batch is carried out but its answer lost (a gateway's 504): then the run stops, as a crash would.
        await Journal.FailNextAsync("POST", "/v1.0/$batch", 504, 1, null, Ct, afterHandling: true);
        var runId = await Service.StartAsync(Admin, "resumed creates", plan, Ct);
        var batchesSeen = 0;
        var stopped = await Service.RunAsync(Admin, runId, new InlineProgress(_ => batchesSeen++), () => batchesSeen >= 1, Ct);
        stopped.FinishedAt.ShouldBeNull();
        stopped.Items.Count(i => i.State == BulkItemState.Sent).ShouldBe(20, "the first batch went out and nobody knows what became of it");

        await using var other = Portal.Services.CreateAsyncScope();
        var resumed = await other.ServiceProvider.GetRequiredService<BulkRunner>().RunAsync(Admin, runId, null, () => false, Ct);

        resumed.Items.ShouldAllBe(i => i.State == BulkItemState.Succeeded);
        for (var i = 0; i < 25; i++)
        {
            (await Journal.CountPoliciesNamedAsync(Name("Resumed", i), Ct)).ShouldBe(1, Name("Resumed", i));
        }
        (await Journal.BatchedRequestsAsync("POST", BatchedPolicies, Ct)).Count.ShouldBe(25, "the 20 that landed were found, not sent again");
    }

    [Fact]
    public async Task MarkedSentButNeverSent_AsWhenTheProcessDiedBetween_IsSentOnceOnResume()
    {
        var plan = await CreatesAsync("Marked", 2);
        var runId = await Service.StartAsync(Admin, "marked", plan, Ct);
        var store = Services.GetRequiredService<IBulkRunStore>();
        var run = (await store.GetAsync(Admin.Id, runId, Ct))!;
        run.Items[0].State = BulkItemState.Sent;
        run.Items[0].SentJson = Services.GetRequiredService<IPolicyGateway>().Prepare(System.Text.Json.JsonSerializer.Deserialize<PolicyDraft>(run.Items[0].DraftJson)!).Json;
        await store.SaveItemsAsync([run.Items[0]], Ct);

        var done = await Service.RunAsync(Admin, runId, null, () => false, Ct);

        done.Items.ShouldAllBe(i => i.State == BulkItemState.Succeeded);
        (await Journal.CountPoliciesNamedAsync(Name("Marked", 0), Ct)).ShouldBe(1);
        (await Journal.BatchedRequestsAsync("POST", BatchedPolicies, Ct)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Updates_EveryPolicyWithApprovalInAPackage_IsReplacedOnceWithTheChange()
    {
        var gateway = Services.GetRequiredService<IPolicyGateway>();
        var package = new AccessPackageInfo(SandboxSeedIds.AccessPackages.PartnerPortalAccess, "Partner Portal Access", null, null, false);
        var plan = BulkPlan.Change([new BulkTarget(package, await gateway.ListAsync(package.Id, Ct))], PolicyFilter.WithApproval,
            new BulkEdit.RequestorJustification(true), Services.GetRequiredService<Core.Validation.PolicyDraftValidator>());
        var sent = plan.Count(i => i.WouldBeSent);
        sent.ShouldBeGreaterThan(1);

        var runId = await Service.StartAsync(Admin, "justification on", plan, Ct);
        var run = await Service.RunAsync(Admin, runId, null, () => false, Ct);

        run.Items.Count.ShouldBe(sent);
        run.Items.ShouldAllBe(i => i.State == BulkItemState.Succeeded);
        (await gateway.ListAsync(package.Id, Ct)).Where(p => PolicyFilters.Matches(PolicyFilter.WithApproval, p))
            .ShouldAllBe(p => p.RequestApproval.IsRequestorJustificationRequired);
        (await Journal.BatchedRequestsAsync("PUT", BatchedPolicies, Ct)).Count.ShouldBe(sent);
    }

    [Fact]
    public async Task Deletes_WhoseBatchAnswerIsLost_AreSettledFromGraph_AndSentOnce()
    {
        var gateway = Services.GetRequiredService<IPolicyGateway>();
        var created = await Service.RunAsync(Admin, await Service.StartAsync(Admin, "to delete", await CreatesAsync("Deleted", 3), Ct), null, () => false, Ct);
        var package = new AccessPackageInfo(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "Marketing Campaign Tools", null, null, false);
        var target = new BulkTarget(package, await gateway.ListAsync(package.Id, Ct));
        var plan = target.Policies.Select(p => BulkPlan.Delete(target, p, null)).ToList();
        await Journal.ClearAsync(Ct);
        // The batch is carried out but its answer lost, as a gateway's 504 after the work.
        await Journal.FailNextAsync("POST", "/v1.0/$batch", 504, 1, null, Ct, afterHandling: true);

        var run = await Service.RunAsync(Admin, await Service.StartAsync(Admin, "deletes", plan, Ct), null, () => false, Ct);

        run.Items.Count.ShouldBe(3);
        run.Items.ShouldAllBe(i => i.State == BulkItemState.Succeeded && i.IsDelete);
        (await gateway.ListAsync(package.Id, Ct)).ShouldBeEmpty();
        (await Journal.BatchedRequestsAsync("DELETE", BatchedPolicies, Ct)).Count.ShouldBe(3, "Graph showed them gone, so none was sent again");
        var audit = await Services.GetRequiredService<IAuditLog>().QueryAsync(AuditFilter.All, 0, 200, Ct);
        audit.Items.Count(e => e.Action == AuditAction.Delete && created.Items.Any(c => c.PolicyId == e.PolicyId)).ShouldBe(3);
    }

    private async Task<IReadOnlyList<BulkPlanItem>> CreatesAsync(string prefix, int count)
    {
        var gateway = Services.GetRequiredService<IPolicyGateway>();
        var package = new AccessPackageInfo(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "Marketing Campaign Tools", null, null, false);
        var existing = await gateway.ListAsync(package.Id, Ct);
        await Journal.ClearAsync(Ct);
        var validator = Services.GetRequiredService<Core.Validation.PolicyDraftValidator>();
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var source = PolicyTemplates.DirectAssignmentOnly.Create();
            source.DisplayName = Name(prefix, i);
            return BulkPlan.Create([new BulkTarget(package, existing)], source, validator).Single();
        })];
    }

    private static string Name(string prefix, int i) => $"{prefix} {i:00}";

    /// <summary>Reports at once, on the runner's own thread (<see cref="Progress{T}"/> would post them later).</summary>
    private sealed class InlineProgress(Action<BulkRunRecord> report) : IProgress<BulkRunRecord>
    {
        public void Report(BulkRunRecord value) => report(value);
    }
}
