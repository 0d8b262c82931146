using System.Globalization;

namespace PolicyPortal.Sandbox.Bench;

/// <summary><c>dotnet run -c Release --project bench/PolicyPortal.Sandbox.Bench -- [iterations]</c></summary>
public static class BenchProgram
{
    public static void Main(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var result = SearchBenchmark.Run(iterations, CancellationToken.None);
        var sandbox = result.Sandbox;
        var baseline = result.Baseline;
#pragma warning disable RS0030 // A benchmark reports on the console.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Prefix $search over {result.DirectorySize} seeded users, {result.Iterations} requests each, {Environment.ProcessorCount} cores, .NET {Environment.Version}
            | measurement | mean µs | median µs | p95 µs |
            |---|---:|---:|---:|
            | sandbox GET /v1.0/users?$search (in-process dispatcher, 25 results, JSON) | {sandbox.MeanMicroseconds:F1} | {sandbox.MedianMicroseconds:F1} | {sandbox.P95Microseconds:F1} |
            | baseline List.Where(StartsWith).Take(25) over the same names | {baseline.MeanMicroseconds:F2} | {baseline.MedianMicroseconds:F2} | {baseline.P95Microseconds:F2} |
            ratio sandbox/baseline (mean): {result.Ratio:F1}x; sandbox mean {sandbox.MeanMicroseconds / 1000:F3} ms per request (target: well under 10 ms)

            """));
        var packages = PackageFilterBenchmark.Run(Math.Max(1, iterations / 10), CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Package field $filter contains(tolower(displayName),…) over the large tenant's {packages.DirectorySize} packages, {packages.Iterations} requests each
            | measurement | mean µs | median µs | p95 µs |
            |---|---:|---:|---:|
            | sandbox GET accessPackages?$filter (in-process dispatcher, 20 results with their catalog, JSON) | {packages.Sandbox.MeanMicroseconds:F1} | {packages.Sandbox.MedianMicroseconds:F1} | {packages.Sandbox.P95Microseconds:F1} |
            | baseline List.Where(Contains).Take(20) over the same names | {packages.Baseline.MeanMicroseconds:F2} | {packages.Baseline.MedianMicroseconds:F2} | {packages.Baseline.P95Microseconds:F2} |
            ratio sandbox/baseline (mean): {packages.Ratio:F1}x
            """));
#pragma warning restore RS0030
    }
}
