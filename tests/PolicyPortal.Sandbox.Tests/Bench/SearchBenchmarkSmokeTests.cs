using PolicyPortal.Sandbox.Bench;

namespace PolicyPortal.Sandbox.Tests.Bench;

/// <summary>Keeps the benchmark harness runnable; it measures nothing here (no timing assertions).</summary>
public sealed class SearchBenchmarkSmokeTests
{
    [Fact]
    public void Run_OneIteration_ReportsBothMeasurements()
    {
        var result = SearchBenchmark.Run(1, TestContext.Current.CancellationToken);

        result.Iterations.ShouldBe(1);
        result.DirectorySize.ShouldBeGreaterThan(300);
        result.Sandbox.MeanMicroseconds.ShouldBeGreaterThan(0);
        result.Baseline.MeanMicroseconds.ShouldBeGreaterThan(0);
        result.Ratio.ShouldBeGreaterThan(0);
    }
}
