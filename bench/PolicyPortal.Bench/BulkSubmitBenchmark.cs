using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Bench;

/// <summary>One template applied to N access packages: <see cref="IBulkPolicyGateway.CreateManyAsync"/> (<c>$batch</c>, at
/// most 20 a batch) against N sequential <see cref="IPolicyGateway.SubmitAsync"/> POSTs, alternating, through the real
/// Graph SDK to the sandbox over loopback. The sandbox has 6 packages and allows 10 policies each, so the N policies
/// are spread over the 6 packages after emptying them (N &lt;= 60). The sandbox may add a fixed latency to every
/// request (to the <c>$batch</c> itself and to each request inside it, in parallel, so a batch costs two latencies).</summary>
public static class BulkSubmitBenchmark
{
    public static async Task<BulkSubmitResult> RunAsync(int policies, int rounds, int latencyMs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(policies, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(policies, BenchDrafts.Packages.Count * SandboxRoom.PoliciesPerPackage);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        await using var host = new BenchHost();
        await using var scope = host.Server.Services.CreateAsyncScope();
        var gateway = scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
        var bulk = scope.ServiceProvider.GetRequiredService<IBulkPolicyGateway>();

        // Warm-up round of each (not counted).
        await SequentialAsync(host, gateway, latencyMs, Drafts(Math.Min(policies, 4), "warm"), cancellationToken);
        await BulkAsync(host, gateway, bulk, latencyMs, Drafts(Math.Min(policies, 4), "warm"), cancellationToken);

        var sequential = new List<Round>();
        var batched = new List<Round>();
        for (var round = 0; round < rounds; round++)
        {
            var drafts = Drafts(policies, $"r{round}");
            if (round % 2 == 0)
            {
                sequential.Add(await SequentialAsync(host, gateway, latencyMs, drafts, cancellationToken));
                batched.Add(await BulkAsync(host, gateway, bulk, latencyMs, drafts, cancellationToken));
            }
            else
            {
                batched.Add(await BulkAsync(host, gateway, bulk, latencyMs, drafts, cancellationToken));
                sequential.Add(await SequentialAsync(host, gateway, latencyMs, drafts, cancellationToken));
            }
        }
        return new BulkSubmitResult(policies, latencyMs, sequential, batched);
    }

    private static List<PolicyDraft> Drafts(int count, string tag) =>
        [.. Enumerable.Range(0, count).Select(i => BenchDrafts.Template(BenchDrafts.Packages[i % BenchDrafts.Packages.Count], $"Employees – manager approval ({tag}-{i})"))];

    private static async Task<Round> SequentialAsync(BenchHost host, IPolicyGateway gateway, int latencyMs, IReadOnlyList<PolicyDraft> drafts, CancellationToken cancellationToken)
    {
        await SandboxRoom.MakeRoomAsync(host, gateway, latencyMs, cancellationToken);
        var created = 0;
        var start = Stopwatch.GetTimestamp();
        foreach (var draft in drafts)
        {
            created += (await gateway.SubmitAsync(gateway.Prepare(draft), cancellationToken)).PolicyId.Length > 0 ? 1 : 0;
        }
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return new Round(ms, (await host.Journal.EntriesAsync(cancellationToken)).Count, created);
    }

    private static async Task<Round> BulkAsync(BenchHost host, IPolicyGateway gateway, IBulkPolicyGateway bulk, int latencyMs, IReadOnlyList<PolicyDraft> drafts, CancellationToken cancellationToken)
    {
        await SandboxRoom.MakeRoomAsync(host, gateway, latencyMs, cancellationToken);
        var start = Stopwatch.GetTimestamp();
        var results = await bulk.CreateManyAsync(drafts, cancellationToken);
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var failed = results.FirstOrDefault(r => !r.Succeeded);
        if (failed is not null)
        {
            throw new InvalidOperationException($"Bulk create failed for draft {failed.Index}: {failed.Error?.Message}", failed.Error);
        }
        return new Round(ms, (await host.Journal.EntriesAsync(cancellationToken)).Count, results.Count(r => r.Succeeded));
    }
}

/// <param name="RoundTrips">Graph HTTP requests the sandbox journaled (a <c>$batch</c> counts once).</param>
public sealed record Round(double Milliseconds, int RoundTrips, int Created);

public sealed record BulkSubmitResult(int Policies, int LatencyMs, IReadOnlyList<Round> Sequential, IReadOnlyList<Round> Batched)
{
    public double SequentialMedianMs => Stats.Median(Sequential.Select(r => r.Milliseconds));

    public double BatchedMedianMs => Stats.Median(Batched.Select(r => r.Milliseconds));

    public double Ratio => BatchedMedianMs / SequentialMedianMs;

    public int TargetRoundTrips => (Policies + IBulkPolicyGateway.MaxPerBatch - 1) / IBulkPolicyGateway.MaxPerBatch;
}
