using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyPortal.Core.Ports;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Components.Shared;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.Bench;

/// <summary>The approver picker typed at about 60 ms a key against the sandbox with a fixed injected latency: time from
/// the last key to the first suggestion in the DOM (both read with <c>performance.now()</c> in the page), and the
/// <c>$batch</c> requests the sandbox journaled per query. Baseline, same run: the debounce plus the same search through
/// the same Graph SDK and HTTP, called from the server without a browser or a circuit.</summary>
public static class PickerBenchmark
{
    private const int KeyDelayMs = 60;

    // Distinct queries (the per-circuit cache must not answer them) with a name each is sure to show.
    private static readonly (string Text, string Expect)[] Queries =
    [
        ("meg", "Megan Bowen"), ("adel", "Adele Vance"), ("nest", "Nestor Wilke"), ("lidi", "Lidia Holloway"), ("alex", "Alex Wilber"),
        ("patt", "Patti Fernandez"), ("fina", "Finance Approvers"), ("sales", "Sales Team"), ("partner", "Partner Reviewers"), ("rafa", "Rafael Souza"),
    ];

    // Records the last keydown and the first moment a suggestion is in the DOM after it.
    private const string TimingScript = """
        window.__bench = { lastKey: 0, shown: 0 };
        document.addEventListener('keydown', () => { window.__bench.lastKey = performance.now(); window.__bench.shown = 0; }, true);
        new MutationObserver(() => {
          const b = window.__bench;
          if (b.lastKey && !b.shown && document.querySelector('[data-testid=picker-option]')) { b.shown = performance.now(); }
        }).observe(document, { childList: true, subtree: true });
        """;

    public static async Task<PickerResult> RunAsync(int samples, int latencyMs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(samples, Queries.Length);
        await using var host = new BenchHost();
        await using var browser = await BenchBrowser.StartAsync();
        await using var context = await browser.NewContextAsync(host.Server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(TimingScript);

        await page.GotoAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await page.WaitForInteractiveAsync();
        await page.WaitForWizardAsync();
        await page.Input("policy-name").FillAsync("Picker benchmark");
        await page.Input("policy-description").FillAsync("Measures the approver picker.");
        await page.NextUntilAsync("approval");
        var input = page.Input("stage-1-approvers-picker");
        await input.ClickAsync();
        await Expect(input).ToBeFocusedAsync();
        await host.SetLatencyAsync(latencyMs, cancellationToken);

        await using var scope = host.Server.Services.CreateAsyncScope();
        var direct = scope.ServiceProvider.GetRequiredService<IDirectorySearch>(); // the Graph search, no cache
        const DirectoryObjectKind kinds = DirectoryObjectKind.User | DirectoryObjectKind.Group;

        // One query of each kind first so the JIT is not measured.
        await direct.SearchAsync("warm", kinds, cancellationToken);
        await TypeAsync(page, host, input, ("ops", "Ops"), expectName: false, cancellationToken);

        var fresh = new List<QuerySample>();
        foreach (var query in Queries.Take(samples))
        {
            var start = Stopwatch.GetTimestamp();
            await direct.SearchAsync(query.Text, kinds, cancellationToken);
            var baseline = DirectoryPicker.DebounceMilliseconds + Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var (ms, batches) = await TypeAsync(page, host, input, query, expectName: true, cancellationToken);
            fresh.Add(new QuerySample(query.Text, ms, baseline, batches));
        }

        // The first query again, within the cache window: no Graph request expected.
        var (repeatMs, repeatBatches) = await TypeAsync(page, host, input, Queries[0], expectName: true, cancellationToken);
        return new PickerResult(latencyMs, DirectoryPicker.DebounceMilliseconds, fresh, new QuerySample(Queries[0].Text, repeatMs, DirectoryPicker.DebounceMilliseconds, repeatBatches));
    }

    private static async Task<(double Milliseconds, int Batches)> TypeAsync(
        IPage page, BenchHost host, ILocator input, (string Text, string Expect) query, bool expectName, CancellationToken cancellationToken)
    {
        // Start from an empty box with no suggestions, nothing pending and an empty journal.
        await input.PressAsync("Escape");
        await input.FillAsync(string.Empty);
        await Expect(page.GetByTestId("picker-option")).ToHaveCountAsync(0);
        await page.WaitForTimeoutAsync(DirectoryPicker.DebounceMilliseconds * 2);
        await host.Journal.ClearAsync(cancellationToken);
        await page.EvaluateAsync("() => { window.__bench.lastKey = 0; window.__bench.shown = 0; }");

        await input.PressSequentiallyAsync(query.Text, new LocatorPressSequentiallyOptions { Delay = KeyDelayMs });
        var options = page.GetByTestId("picker-option");
        await Expect(expectName ? options.Filter(new LocatorFilterOptions { HasText = query.Expect }).First : options.First)
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        var timing = await page.EvaluateAsync<JsonElement>("() => window.__bench");
        var ms = timing.GetProperty("shown").GetDouble() - timing.GetProperty("lastKey").GetDouble();

        // Let anything late (a second search) arrive before counting.
        await page.WaitForTimeoutAsync(DirectoryPicker.DebounceMilliseconds * 2);
        var batches = await host.CountAsync("POST", "/$batch", cancellationToken);
        return (ms, batches);
    }
}

/// <param name="Milliseconds">From the last key to the first suggestion in the DOM.</param>
/// <param name="BaselineMilliseconds">Debounce plus the same search called directly on the server.</param>
/// <param name="Batches"><c>$batch</c> requests the sandbox received for this query.</param>
public sealed record QuerySample(string Text, double Milliseconds, double BaselineMilliseconds, int Batches);

public sealed record PickerResult(int LatencyMs, int DebounceMs, IReadOnlyList<QuerySample> Fresh, QuerySample Repeat)
{
    public double MedianMs => Stats.Median(Fresh.Select(s => s.Milliseconds));

    public double BaselineMedianMs => Stats.Median(Fresh.Select(s => s.BaselineMilliseconds));

    public double Ratio => MedianMs / BaselineMedianMs;

    public double TargetMs => DebounceMs + LatencyMs + 25;
}
