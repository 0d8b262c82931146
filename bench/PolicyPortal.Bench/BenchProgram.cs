using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PolicyPortal.Sandbox;

namespace PolicyPortal.Bench;

/// <summary><c>dotnet bench/PolicyPortal.Bench/bin/Release/net10.0/PolicyPortal.Bench.dll &lt;harness&gt; [args] [+ &lt;harness&gt; [args] ...]</c>;
/// prints Markdown. <c>bash bench/run.sh</c> runs every harness with the sizes docs/benchmarks.md reports.</summary>
public static class BenchProgram
{
    /// <summary>Separates harnesses run one after another in this process: bench/run.sh runs them so, which spares each
    /// its own start (the runtime, the JIT, Playwright).</summary>
    private const string Then = "+";

    /// <summary>Each harness's wall time follows its output, so a run's length can be read harness by harness.</summary>
    public static async Task<int> Main(string[] args)
    {
        foreach (var harness in SplitOn(args, Then))
        {
            var start = Stopwatch.GetTimestamp();
            if (await RunAsync(harness) is var code and not 0)
            {
                return code;
            }
            Write(string.Create(CultureInfo.InvariantCulture, $"(`B {string.Join(' ', harness)}`: {Stopwatch.GetElapsedTime(start).TotalSeconds:F0} s)\n"));
        }
        return 0;
    }

    private static List<string[]> SplitOn(string[] args, string separator)
    {
        var groups = new List<string[]>();
        for (var start = 0; start <= args.Length;)
        {
            var end = Array.IndexOf(args, separator, start) is >= 0 and var at ? at : args.Length;
            groups.Add(args[start..end]);
            start = end + 1;
        }
        return groups;
    }

    private static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            Write("usage: <harness> [+ <harness> ...], each one of: picker [queries=10] [latencyMs=100] [large] [queries-only] | cadence [pauses=60,80,...] [queries=10] | wizard [pairs=15] | steps [rounds=5] | memory [circuits=30] [--pause] | large [pairs=10] | load [circuits=200] [roundTrips=3] | assets <baseUrl> | submit | bulk [latencyMs=20] [sizes=50,500]");
            return 2;
        }
        var ct = CancellationToken.None;
        int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
        switch (args[0])
        {
            case "picker":
                Write(Report.Picker(await PickerBenchmark.RunAsync(Arg(1, 10), Arg(2, 100), args.Contains("large") ? SandboxScale.Large : SandboxScale.Standard, ct,
                    refinements: !args.Contains("queries-only"))));
                break;
            case "cadence":
                var intervals = args.Length > 1 ? args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() : [60, 80, 100, 110, 120, 130, 150, 200];
                Write(Report.Cadence(await PickerBenchmark.CadenceAsync(intervals, Arg(2, 10), ct)));
                break;
            case "wizard":
                Write(Report.Wizard(await WizardLoadBenchmark.RunAsync(Arg(1, 15), ct)));
                break;
            case "steps":
                Write(Report.StepChange(await StepChangeBenchmark.RunAsync(Arg(1, 5), ct)));
                break;
            case "memory":
                // --pause: wait for Enter at each measured point, e.g. to run `dotnet-gcdump collect -p <pid>` there.
                Write(Report.Memory(await CircuitMemoryBenchmark.RunAsync(Arg(1, 30), ct,
                    checkpoint: args.Contains("--pause") ? PauseAsync : null)));
                break;
            case "large":
                Write(Report.LargeTenant(await LargeTenantBenchmark.RunAsync(Arg(1, 10), ct)));
                break;
            case "load":
                Write(Report.Load(await LoadBenchmark.RunAsync(Arg(1, 200), Arg(2, 3), ct)));
                break;
            case "assets":
                Write(Report.Assets(await StaticAssetsBenchmark.RunAsync(new Uri(args[1]), ct)));
                break;
            case "submit":
                RunSubmit();
                break;
            case "bulk":
                var sizes = args.Length > 2 ? args[2].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() : [50, 500];
                Write(Report.Bulk(await BulkBenchmark.RunAsync(sizes, Arg(1, 20), ct)));
                break;
            default:
                Write($"unknown harness {args[0]}");
                return 2;
        }
        return 0;
    }

    /// <summary>bench/run.sh keeps what follows this line of BenchmarkDotNet's long output.</summary>
    public const string SummaryMarker = "=== submit path summary ===";

    private static void RunSubmit()
    {
        // In-process: the benchmark hosts the portal and its sandbox itself; a child process would have to build the
        // whole solution again. A fixed invocation count keeps each iteration within the sandbox's policy limit.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10)
            .WithInvocationCount(SubmitPathBenchmarks.InvocationsPerIteration).WithUnrollFactor(1)
            .WithId("InProcess-48");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "policyportal-bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<SubmitPathBenchmarks>(config);
        Write(SummaryMarker);
        MarkdownExporter.GitHub.ExportToLog(summary, ConsoleLogger.Default);
    }

    private static async Task PauseAsync(string point)
    {
#pragma warning disable RS0030 // The prompt goes to stderr, so stdout stays the Markdown report.
        await Console.Error.WriteLineAsync($"paused at \"{point}\" (pid {Environment.ProcessId}); press Enter to go on");
        await Console.In.ReadLineAsync();
#pragma warning restore RS0030
    }

    private static void Write(string text)
    {
#pragma warning disable RS0030 // A benchmark reports on the console.
        Console.WriteLine(text);
#pragma warning restore RS0030
    }
}
