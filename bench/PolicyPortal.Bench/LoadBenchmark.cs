using System.Diagnostics;
using Microsoft.Playwright;
using PolicyPortal.Web.Components;

namespace PolicyPortal.Bench;

/// <summary>N wizard circuits open at once, each editing a three-stage policy (as in <see cref="CircuitMemoryBenchmark"/>),
/// on one instance and then spread over two: the managed heap per circuit (this
/// process hosts the servers, read with <c>GC.GetTotalMemory(true)</c>, Playwright's own per-page objects excluded as
/// in <see cref="CircuitMemoryBenchmark"/>), and the time from Next or Back to the other step rendered while every
/// circuit steps at once, timed in each page with <c>performance.now()</c>. Baseline, same run: the same step changes
/// with one circuit open. The pages load without stylesheets (see <see cref="RunOnAsync"/>).</summary>
public static class LoadBenchmark
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    // Clicks Next or Back and resolves when the wizard shows another step (at most 60 s).
    private const string StepScript = """
        direction => new Promise((resolve, reject) => {
          const state = () => document.querySelector('[data-testid=wizard-state]');
          const from = state().getAttribute('data-current-step');
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (state() && state().getAttribute('data-current-step') !== from) {
              observer.disconnect(); clearTimeout(timeout); resolve(performance.now() - start);
            }
          });
          const timeout = setTimeout(() => { observer.disconnect(); reject(new Error('no step change from ' + from)); }, 60000);
          observer.observe(document.body, { attributes: true, childList: true, subtree: true });
          document.querySelector(`[data-testid=wizard-${direction}]`).click();
        })
        """;

    public static async Task<LoadResult> RunAsync(int circuits, int roundTrips, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(circuits, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(roundTrips, 1);
        await using var browser = await BenchBrowser.StartAsync();
        var one = await RunOnAsync(browser, instances: 1, circuits, roundTrips, cancellationToken);
        var two = await RunOnAsync(browser, instances: 2, circuits, roundTrips, cancellationToken);
        return new LoadResult(circuits, roundTrips, one, two);
    }

    private static async Task<LoadRun> RunOnAsync(BenchBrowser browser, int instances, int circuits, int roundTrips, CancellationToken cancellationToken)
    {
        var hosts = Enumerable.Range(0, instances).Select(_ => new BenchHost()).ToList();
        var clock = Stopwatch.StartNew();
        var contexts = new List<IBrowserContext>();
        var urls = new List<string>();
        try
        {
            foreach (var host in hosts)
            {
                var context = await browser.NewContextAsync(host.Server.BaseAddress);
                // The pages' own styling is not the servers' load: in a deployment each admin's browser lays out the
                // wizard on their own machine, not on the two cores the servers share here. Without the stylesheets the
                // pages still run Blazor's and MudBlazor's scripts and apply every render batch (the step change is timed
                // to that DOM change), and Chromium no longer takes most of the CPU for style and layout.
                await context.RouteAsync("**/*.css", route => route.AbortAsync());
                contexts.Add(context);
                urls.Add(PageRoutes.EditPolicy(await CircuitMemoryBenchmark.SaveThreeStageAsync(host, "Three-stage partners (load benchmark)", cancellationToken)));
            }
            // Alone first: warms up every instance (JIT, component types) and gives the baseline.
            var alone = new List<double>();
            foreach (var (context, url) in contexts.Zip(urls))
            {
                var page = await context.NewPageAsync();
                await page.OpenWizardAsync(url);
                alone.AddRange(await StepAsync(page, roundTrips * 5));
                await page.CloseAsync();
            }

            var setUp = clock.Elapsed;
            // Pages are created and opened ten in flight at a time, the next starting as soon as one is done: no stampede
            // to measure, and no core idle while each waits out its round trip to Chromium.
            var tenInFlight = new ParallelOptions { MaxDegreeOfParallelism = 10, CancellationToken = cancellationToken };
            var pages = new IPage[circuits];
            await Parallel.ForEachAsync(Enumerable.Range(0, circuits), tenInFlight,
                async (i, _) => pages[i] = await contexts[i % instances].NewPageAsync());
            var created = clock.Elapsed;
            var withPages = await CircuitMemoryBenchmark.HeapAsync(Settle);
            var opening = clock.Elapsed;
            await Parallel.ForEachAsync(pages.Index(), tenInFlight,
                async (entry, _) => await entry.Item.OpenWizardAsync(urls[entry.Index % instances]));
            var opened = clock.Elapsed;
            var withCircuits = await CircuitMemoryBenchmark.HeapAsync(Settle);

            var stepping = clock.Elapsed;
            var loaded = (await Task.WhenAll(pages.Select(page => StepAsync(page, roundTrips)))).SelectMany(samples => samples).ToList();
            var harness = new LoadHarnessTime(setUp, created - setUp, opened - opening, clock.Elapsed - stepping);
            return new LoadRun(instances, (withCircuits - withPages) / (double)circuits, alone, loaded, harness);
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>Next then Back, <paramref name="roundTrips"/> times: each change's time in the page.</summary>
    private static async Task<List<double>> StepAsync(IPage page, int roundTrips)
    {
        var samples = new List<double>(roundTrips * 2);
        for (var i = 0; i < roundTrips; i++)
        {
            samples.Add(await page.EvaluateAsync<double>(StepScript, "next"));
            samples.Add(await page.EvaluateAsync<double>(StepScript, "back"));
        }
        return samples;
    }
}

/// <param name="HeapBytesPerCircuit">Managed heap growth per wizard circuit, all instances together.</param>
/// <param name="AloneMs">Step changes with one circuit open (the baseline).</param>
/// <param name="LoadedMs">Step changes while every circuit steps at once.</param>
/// <param name="Harness">Where the harness's own wall time went.</param>
public sealed record LoadRun(int Instances, double HeapBytesPerCircuit, IReadOnlyList<double> AloneMs, IReadOnlyList<double> LoadedMs, LoadHarnessTime Harness)
{
    public double P50 => Stats.Median(LoadedMs);

    public double P95 => Stats.Percentile(LoadedMs, 0.95);

    public double AloneP95 => Stats.Percentile(AloneMs, 0.95);
}

/// <summary>The harness's wall time by phase (bench/run.sh's length is mostly this run): servers, the saved policy and
/// the baseline; creating the pages; opening a wizard in each; every circuit stepping at once. The two heap readings
/// (about a second each) are in none.</summary>
public sealed record LoadHarnessTime(TimeSpan Setup, TimeSpan CreatePages, TimeSpan OpenWizards, TimeSpan Step);

public sealed record LoadResult(int Circuits, int RoundTrips, LoadRun OneInstance, LoadRun TwoInstances);
