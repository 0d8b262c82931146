using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Baselines;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Baselines;
using PolicyPortal.Web.Data.Bulk;
using PolicyPortal.Web.Policies;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>Policies as code through the real Graph SDK against the sandbox: a catalog exported as a baseline, three
/// things changed in the tenant, the drift shows exactly those three and applying the baseline restores them; and the
/// same baseline opened in a second tenant with other ids, matched by name.</summary>
public sealed class BaselineDriftTests(SandboxServiceTest<BaselineComparer>.Server server) : SandboxServiceTest<BaselineComparer>(server)
{
    private static readonly CurrentUser Admin = new("baseline-admin", "Baseline Admin");
    private static readonly AccessPackageInfo Sales = new(SandboxSeedIds.AccessPackages.SalesResources, "Sales Resources", null, "Sales & Marketing", false);
    private static readonly AccessPackageInfo Marketing = new(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "Marketing Campaign Tools", null, "Sales & Marketing", false);

    private IPolicyGateway Gateway => Services.GetRequiredService<IPolicyGateway>();

    [Fact]
    public async Task RoundTrip_ThreeChangesLive_DriftShowsExactlyThose_ApplyRestoresThem()
    {
        var baseline = BaselineReader.Read(await Services.GetRequiredService<BaselineExporter>().ExportAsync("Sales & Marketing", [Sales, Marketing], Ct));
        baseline.Problems.ShouldBeEmpty();
        var policies = await Gateway.ListAsync(Sales.Id, Ct);
        // 1. a policy changed: 90 days of access instead of 365; 2. a policy deleted; 3. a policy added.
        var changed = policies.Single(p => p.Id == SandboxSeedIds.Policies.SalesResourcesManagerApproval);
        changed.Expiration.Duration = PolicyDuration.Days(90);
        await Gateway.SubmitAsync(Gateway.Prepare(changed), Ct);
        var deleted = policies.Single(p => p.DisplayName == "Direct assignment by admins");
        await Gateway.DeleteAsync(deleted.Id!, Ct);
        var added = deleted.CloneAsNew();
        added.DisplayName = "Added live";
        var addedId = (await Gateway.SubmitAsync(Gateway.Prepare(added), Ct)).PolicyId;

        var matches = await Services.GetRequiredService<BaselineMatcher>().MatchAsync(baseline, Ct);
        matches.ShouldAllBe(m => m.By == MatchedBy.SameId, "the baseline came from this tenant");
        var drift = await Service.CompareAsync(baseline, matches, deleteOnlyLive: true, Ct);

        var drifted = drift.Where(d => d.State != DriftState.InSync).ToList();
        drifted.Count.ShouldBe(3);
        var change = drifted.Single(d => d.State == DriftState.Changed).Plan;
        change.Before!.Id.ShouldBe(changed.Id);
        change.Changes.Select(c => c.Label).ShouldBe(["Expiration"], "only the expiration differs");
        drifted.Single(d => d.State == DriftState.MissingLive).Plan.After.DisplayName.ShouldBe(deleted.DisplayName);
        var onlyLive = drifted.Single(d => d.State == DriftState.OnlyLive).Plan;
        (onlyLive.Before!.Id, onlyLive.IsDelete).ShouldBe((addedId, true));
        drifted.ShouldAllBe(d => d.Plan.WouldBeSent);

        var runner = Services.GetRequiredService<BulkRunner>();
        var run = await runner.RunAsync(Admin, await runner.StartAsync(Admin, "apply the baseline", [.. drift.Select(d => d.Plan)], Ct), null, () => false, Ct);

        run.Items.Count.ShouldBe(3);
        run.Items.ShouldAllBe(i => i.State == BulkItemState.Succeeded);
        var again = await Service.CompareAsync(baseline, await Services.GetRequiredService<BaselineMatcher>().MatchAsync(baseline, Ct), true, Ct);
        again.ShouldAllBe(d => d.State == DriftState.InSync, "applying restored every policy the baseline holds, and only those");
        (await Gateway.GetAsync(changed.Id!, Ct)).Expiration.Duration.ShouldBe(PolicyDuration.Days(365));
        await Should.ThrowAsync<GatewayNotFoundException>(() => Gateway.GetAsync(addedId, Ct));
        (await Journal.CountPoliciesNamedAsync(deleted.DisplayName, Ct)).ShouldBe(2, "recreated in Sales Resources once; Partner Portal Access has its own");
    }

    [Fact]
    public async Task OnlyLive_NotAskedToDelete_IsKept()
    {
        var baseline = BaselineReader.Read(await Services.GetRequiredService<BaselineExporter>().ExportAsync("Sales", [Sales], Ct));
        var added = (await Gateway.ListAsync(Sales.Id, Ct)).Single(p => p.DisplayName == "Direct assignment by admins").CloneAsNew();
        added.DisplayName = "Kept live";
        await Gateway.SubmitAsync(Gateway.Prepare(added), Ct);

        var drift = await Service.CompareAsync(baseline, await Services.GetRequiredService<BaselineMatcher>().MatchAsync(baseline, Ct), deleteOnlyLive: false, Ct);

        var onlyLive = drift.Single(d => d.State == DriftState.OnlyLive).Plan;
        onlyLive.WouldBeSent.ShouldBeFalse();
        onlyLive.LeftAlone.ShouldBe(BaselineComparer.KeptReason);
    }

    [Fact]
    public async Task PartialBody_UpdatesOnlyWhatItStates_NothingElseIsWiped()
    {
        var live = await Gateway.GetAsync(SandboxSeedIds.Policies.SalesResourcesContosoPartners, Ct);
        var file = $$"""
            { "format": "PolicyPortal baseline", "formatVersion": 1, "policies": [ {
              "id": "{{live.Id}}",
              "accessPackage": { "id": "{{Sales.Id}}", "displayName": "Sales Resources", "catalog": "Sales & Marketing" },
              "body": { "displayName": "{{live.DisplayName}}", "description": "Stated by the baseline" } } ] }
            """;
        var baseline = BaselineReader.Read(file);
        baseline.HasErrors.ShouldBeFalse();

        var drift = await Service.CompareAsync(baseline, await Services.GetRequiredService<BaselineMatcher>().MatchAsync(baseline, Ct), false, Ct);

        var item = drift.Single(d => d.State == DriftState.Changed).Plan;
        item.Changes.Select(c => c.Label).ShouldBe(["Description"]);
        item.After.CustomExtensionStageSettings.Count.ShouldBe(2, "the custom extensions the baseline does not mention stay");
        item.After.RequestApproval.Stages.Count.ShouldBe(live.RequestApproval.Stages.Count);
    }

    [Fact]
    public async Task SecondTenantWithOtherIds_MatchesEveryIdByName_AndCreatesWithThatTenantsIds()
    {
        var baseline = BaselineReader.Read(await Services.GetRequiredService<BaselineExporter>().ExportAsync("Sales & Marketing", [Sales, Marketing], Ct));
        await using var second = new DemoPortalServer(b => b.UseSetting("Sandbox:IdSeed", "second tenant"));
        await using var scope = second.Services.CreateAsyncScope();
        var gateway = scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
        var search = scope.ServiceProvider.GetRequiredService<IDirectorySearch>();
        var salesManagers = (await search.SearchAsync("Sales Managers", [SubjectKind.Group], Ct)).Single(e => e.DisplayName == "Sales Managers");
        salesManagers.Id.ShouldNotBe(SandboxSeedIds.Groups.SalesManagers, "the second tenant has other ids");
        var secondSales = (await scope.ServiceProvider.GetRequiredService<IAccessPackageCatalog>().PageAsync("Sales Resources", 5, null, Ct)).Items.Single();
        var toRemove = (await gateway.ListAsync(secondSales.Id, Ct)).Single(p => p.DisplayName == "Members with manager approval");
        await gateway.DeleteAsync(toRemove.Id!, Ct);

        var matches = await scope.ServiceProvider.GetRequiredService<BaselineMatcher>().MatchAsync(baseline, Ct);
        matches.ShouldAllBe(m => m.By == MatchedBy.Name, "no id of the first tenant is in the second");
        matches.Single(m => m.BaselineId == SandboxSeedIds.Groups.SalesManagers).LiveId.ShouldBe(salesManagers.Id);
        matches.Single(m => m.Kind == IdMatchKind.CustomExtension && m.BaselineName == "Log request in CRM").IsResolved.ShouldBeTrue();
        var drift = await scope.ServiceProvider.GetRequiredService<BaselineComparer>().CompareAsync(baseline, matches, false, Ct);

        drift.Where(d => d.State != DriftState.InSync).Select(d => (d.State, d.Plan.After.DisplayName)).ShouldBe([(DriftState.MissingLive, "Members with manager approval")]);
        var runner = scope.ServiceProvider.GetRequiredService<BulkRunner>();
        var run = await runner.RunAsync(Admin, await runner.StartAsync(Admin, "baseline into the second tenant", [.. drift.Select(d => d.Plan)], Ct), null, () => false, Ct);

        var created = await gateway.GetAsync(run.Items.Single().PolicyId!, Ct);
        created.AccessPackage.Id.ShouldBe(secondSales.Id);
        created.RequestApproval.Stages[0].FallbackPrimaryApprovers.Single().ObjectId.ShouldBe(salesManagers.Id);
    }
}
