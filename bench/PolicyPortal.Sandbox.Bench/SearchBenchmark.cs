using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Bench;

/// <summary>Prefix search over the seed directory, in-process, next to a baseline measured in the same run:
/// a plain <c>List.Where(StartsWith)</c> scan of the same display names.</summary>
public static class SearchBenchmark
{
    // What an admin types into the picker: first letters of first names, surnames and group words.
    private static readonly string[] Prefixes =
        ["m", "meg", "ad", "alex", "zo", "jos", "sio", "o'b", "fin", "part", "ops", "sa", "eng", "gar", "ch", "li", "nes", "pa", "ra", "wil"];

    public static SearchBenchmarkResult Run(int iterations, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        using var services = new ServiceCollection().AddSandboxTenant().BuildServiceProvider();
        var dispatcher = services.GetRequiredService<SandboxDispatcher>();
        var names = services.GetRequiredService<TenantStore>().Current.Users.Items.Select(u => u.DisplayName!).ToList();
        var requests = Prefixes.Select(ToRequest).ToArray();

        // Warm up JIT and caches; the first search also builds the seed.
        var warmup = Math.Max(1, iterations / 10);
        Measure(warmup, i => Dispatch(dispatcher, requests[i % requests.Length], cancellationToken));
        Measure(warmup, i => Baseline(names, Prefixes[i % Prefixes.Length]));

        var sandbox = Measure(iterations, i => Dispatch(dispatcher, requests[i % requests.Length], cancellationToken));
        var baseline = Measure(iterations, i => Baseline(names, Prefixes[i % Prefixes.Length]));
        return new SearchBenchmarkResult(iterations, names.Count, sandbox, baseline);
    }

    private static SandboxRequest ToRequest(string prefix)
    {
        var headers = SandboxRequest.NewHeaders();
        headers["Authorization"] = "Bearer bench";
        headers["ConsistencyLevel"] = "eventual";
        var query = $"$search={Uri.EscapeDataString($"\"displayName:{prefix}\"")}&$select=id,displayName,mail,jobTitle&$top=25&$count=true";
        return new SandboxRequest("GET", "/v1.0/users", query, headers, Body: null, BaseUrl: "http://bench");
    }

    internal static int Dispatch(SandboxDispatcher dispatcher, SandboxRequest request, CancellationToken cancellationToken)
    {
        // The dispatcher completes synchronously when no latency is injected; anything else is a harness bug.
        var task = dispatcher.HandleAsync(request, cancellationToken);
        if (!task.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("The sandbox answered asynchronously; the benchmark expects no injected latency.");
        }
#pragma warning disable VSTHRD002 // Completed synchronously, checked above.
        var response = task.Result;
#pragma warning restore VSTHRD002
        return response.Status == 200 ? 1 : throw new InvalidOperationException($"The sandbox answered {response.Status}.");
    }

    private static int Baseline(List<string> names, string prefix) =>
        names.Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Take(25).Count();

    internal static Timing Measure(int iterations, Func<int, int> action)
    {
        var samples = new double[iterations];
        var sink = 0;
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += action(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        GC.KeepAlive(sink);
        Array.Sort(samples);
        return new Timing(samples.Average(), samples[iterations / 2], samples[Math.Min(iterations - 1, (int)(iterations * 0.95))]);
    }
}

/// <summary>Per-request times in microseconds.</summary>
public sealed record Timing(double MeanMicroseconds, double MedianMicroseconds, double P95Microseconds);

public sealed record SearchBenchmarkResult(int Iterations, int DirectorySize, Timing Sandbox, Timing Baseline)
{
    public double Ratio => Sandbox.MeanMicroseconds / Baseline.MeanMicroseconds;
}
