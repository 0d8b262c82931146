using PolicyPortal.Sandbox.Bench;

namespace PolicyPortal.Sandbox.Tests.Bench;

/// <summary>Keeps the benchmark harnesses runnable; they measure nothing here (no timing assertions).</summary>
public sealed class SearchBenchmarkSmokeTests
{
    [Theory]
    [InlineData("users $search", 300)]
    [InlineData("package filter", 5000)]
    public void Run_OneIteration_ReportsBothMeasurements(string harness, int minimumSize)
    {
        var ct = TestContext.Current.CancellationToken;
        var result = harness == "package filter" ? PackageFilterBenchmark.Run(1, ct) : SearchBenchmark.Run(1, ct);

        result.Iterations.ShouldBe(1);
        result.DirectorySize.ShouldBeGreaterThan(minimumSize);
        result.Sandbox.MeanMicroseconds.ShouldBeGreaterThan(0);
        result.Baseline.MeanMicroseconds.ShouldBeGreaterThan(0);
        result.Ratio.ShouldBeGreaterThan(0);
    }
}
