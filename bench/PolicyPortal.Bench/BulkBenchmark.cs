using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Templates;
using PolicyPortal.Core.Validation;
using PolicyPortal.Web.Policies;

namespace PolicyPortal.Bench;

/// <summary>Creating N policies with "Apply" (the bulk runner: 20 to a <c>$batch</c>, each marked and audited) against the
/// baseline of N single submits one after another, in the same run, on a sandbox that adds a fixed latency to every
/// round trip as a real tenant's distance would.</summary>
public static class BulkBenchmark
{
    private static readonly CurrentUser Admin = new("bench-admin", "Bench Admin");

    public static async Task<BulkResult> RunAsync(IReadOnlyList<int> sizes, int latencyMs, CancellationToken cancellationToken)
    {
        await using var host = new BenchHost();
        var rows = new List<BulkRow>();
        foreach (var size in sizes)
        {
            await using var scope = host.Server.Services.CreateAsyncScope();
            var gateway = scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
            var plan = await PlanAsync(host, scope.ServiceProvider, gateway, size, latencyMs, cancellationToken);

            var sequential = Stopwatch.StartNew();
            foreach (var item in plan)
            {
                await gateway.SubmitAsync(gateway.Prepare(item.After), cancellationToken);
            }
            sequential.Stop();
            var sequentialTrips = await host.CountAsync("POST", "/assignmentPolicies", cancellationToken);

            plan = await PlanAsync(host, scope.ServiceProvider, gateway, size, latencyMs, cancellationToken);
            var runner = scope.ServiceProvider.GetRequiredService<BulkRunner>();
            var bulk = Stopwatch.StartNew();
            var runId = await runner.StartAsync(Admin, "benchmark", plan, cancellationToken);
            var run = await runner.RunAsync(Admin, runId, null, () => false, cancellationToken);
            bulk.Stop();
            if (run.Items.Any(i => i.State != Web.Data.Bulk.BulkItemState.Succeeded))
            {
                throw new InvalidOperationException("The bulk run did not create every policy.");
            }
            var bulkTrips = (await host.Journal.EntriesAsync(cancellationToken)).Count;
            rows.Add(new BulkRow(size, sequentialTrips, sequential.Elapsed.TotalMilliseconds, bulkTrips, bulk.Elapsed.TotalMilliseconds));
        }
        return new BulkResult(latencyMs, rows);
    }

    /// <summary>An emptied tenant, the latency set, and a plan of <paramref name="size"/> new policies over the seeded packages.</summary>
    private static async Task<IReadOnlyList<BulkPlanItem>> PlanAsync(BenchHost host, IServiceProvider services, IPolicyGateway gateway, int size, int latencyMs,
        CancellationToken cancellationToken)
    {
        await SandboxRoom.MakeRoomAsync(host, gateway, latencyMs, cancellationToken);
        var validator = services.GetRequiredService<PolicyDraftValidator>();
        var packages = BenchDrafts.Packages.Select(id => new AccessPackageInfo(id, id, null, null, false)).ToList();
        return [.. Enumerable.Range(0, size).Select(i =>
        {
            var source = PolicyTemplates.DirectAssignmentOnly.Create();
            source.DisplayName = $"Bulk benchmark {i:000}";
            return BulkPlan.Create([new BulkTarget(packages[i % packages.Count], [])], source, validator).Single();
        })];
    }
}

public sealed record BulkResult(int LatencyMs, IReadOnlyList<BulkRow> Rows);

/// <param name="BulkRoundTrips">Every HTTP request the sandbox received during the run: the $batch requests and the
/// reads that settle items whose answer said to wait.</param>
public sealed record BulkRow(int Items, int SequentialRoundTrips, double SequentialMs, int BulkRoundTrips, double BulkMs);
