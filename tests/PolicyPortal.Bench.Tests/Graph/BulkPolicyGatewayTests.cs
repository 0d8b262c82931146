using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Ports;
using PolicyPortal.Sandbox;

namespace PolicyPortal.Bench.Tests.Graph;

/// <summary>Bulk create through the real Graph SDK and <c>$batch</c>, against the sandbox over loopback HTTP.</summary>
public sealed class BulkPolicyGatewayTests : IAsyncLifetime
{
    private readonly BenchHost _host = new();
    private AsyncServiceScope _scope;
    private IPolicyGateway _gateway = default!;
    private IBulkPolicyGateway _bulk = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _scope = _host.Server.Services.CreateAsyncScope();
        _gateway = _scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
        _bulk = _scope.ServiceProvider.GetRequiredService<IBulkPolicyGateway>();
        await SandboxRoom.MakeRoomAsync(_host, _gateway, latencyMs: 0, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task CreateMany_FiftyPolicies_TakesThreeBatchesAndCreatesEveryOne()
    {
        var drafts = Enumerable.Range(0, 50)
            .Select(i => BenchDrafts.Template(BenchDrafts.Packages[i % BenchDrafts.Packages.Count], $"Bulk {i}"))
            .ToList();

        var results = await _bulk.CreateManyAsync(drafts, Ct);

        var batches = await _host.Journal.RequestsAsync("POST", "/$batch", Ct);
        batches.Select(b => b.GetProperty("requests").GetArrayLength()).ShouldBe([20, 20, 10]);
        (await _host.Journal.EntriesAsync(Ct)).Count.ShouldBe(3);
        results.Select(r => r.Index).ShouldBe(Enumerable.Range(0, 50));
        results.ShouldAllBe(r => r.Succeeded);
        var read = await _gateway.GetAsync(results[49].PolicyId!, Ct);
        read.DisplayName.ShouldBe("Bulk 49");
        read.AccessPackage.Id.ShouldBe(drafts[49].AccessPackage.Id);
    }

    [Fact]
    public async Task CreateMany_OneRefusedPolicy_FailsAloneWithTheTranslatedError()
    {
        var drafts = new[]
        {
            BenchDrafts.Template(SandboxSeedIds.AccessPackages.SalesResources, "Bulk ok 1"),
            BenchDrafts.Template("00000000-0000-0000-0000-0000000000ff", "Bulk to a missing package"),
            BenchDrafts.Template(SandboxSeedIds.AccessPackages.FinanceReporting, "Bulk ok 2"),
        };

        var results = await _bulk.CreateManyAsync(drafts, Ct);

        results[0].Succeeded.ShouldBeTrue();
        results[2].Succeeded.ShouldBeTrue();
        var refused = results[1].Error.ShouldBeOfType<GatewayInvalidPolicyException>();
        refused.Code.ShouldBe("InvalidPolicy.AccessPackageNotFound");
        results[1].PolicyId.ShouldBeNull();
    }

    [Fact]
    public async Task CreateMany_AnExistingPolicy_IsRefusedBeforeAnyRequest()
    {
        var existing = BenchDrafts.Template(SandboxSeedIds.AccessPackages.SalesResources, "Existing");
        existing.Id = "8485edc0-ec7b-5b46-b6bd-39b7a68dc25f";

        await Should.ThrowAsync<ArgumentException>(() => _bulk.CreateManyAsync([existing], Ct));
        (await _host.Journal.EntriesAsync(Ct)).ShouldBeEmpty();
    }
}
