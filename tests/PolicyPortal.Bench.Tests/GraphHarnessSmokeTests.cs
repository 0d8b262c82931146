using PolicyPortal.Testing;

namespace PolicyPortal.Bench.Tests;

/// <summary>The harnesses without a browser, once each.</summary>
public sealed class GraphHarnessSmokeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bulk_FivePolicies_OneBatchAgainstFiveSubmits()
    {
        var result = await BulkBenchmark.RunAsync([5], latencyMs: 0, Ct);

        var row = result.Rows.ShouldHaveSingleItem();
        row.SequentialRoundTrips.ShouldBe(5);
        row.BulkRoundTrips.ShouldBe(1);
        Report.Bulk(result).ShouldContain("ratio");
    }

    [Fact]
    public async Task SubmitPath_EachBenchmarkOnce_SubmitsAPolicy()
    {
        using var benchmarks = new SubmitPathBenchmarks();
        benchmarks.Setup();
        benchmarks.MakeRoom();

        benchmarks.Serialize().ShouldBeGreaterThan(100);
        benchmarks.Validate().ShouldBeTrue();
        benchmarks.Map().RequestApprovalSettings!.Stages!.Count.ShouldBe(3);
        benchmarks.Prepare().ShouldBeGreaterThan(100);
        (await benchmarks.SubmitAsync()).ShouldNotBeNullOrEmpty();
        (await benchmarks.SubmitCannedAsync()).ShouldBe("00000000-0000-4000-8000-00000000be0c", "Graph's canned answer, not the sandbox's");
    }

    [Fact]
    public async Task StaticAssets_FromTheDemoPortal_FindsTheFirstVisitStylesheetsAndScripts()
    {
        await using var server = new DemoPortalServer();

        var result = await StaticAssetsBenchmark.RunAsync(server.BaseAddress, Ct);

        result.Assets.ShouldContain(a => a.Path.EndsWith(".css", StringComparison.Ordinal));
        result.Assets.ShouldContain(a => a.Path.Contains("blazor.web", StringComparison.Ordinal));
        result.Assets.ShouldAllBe(a => a.UncompressedBytes > 0 && a.WireBytes > 0);
    }
}
