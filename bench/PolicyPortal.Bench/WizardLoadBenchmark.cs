using System.Diagnostics;
using Microsoft.Playwright;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;

namespace PolicyPortal.Bench;

/// <summary>Navigation to an interactive wizard (live circuit and the Basics step visible) against navigation to the app's
/// simplest interactive page, <c>/not-found</c>, served by the same process: alternating pairs, a fresh browser context
/// (empty cache) for every navigation.</summary>
public static class WizardLoadBenchmark
{
    public static string WizardUrl => PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools);

    public const string BlankUrl = PageRoutes.NotFound;

    public static async Task<WizardLoadResult> RunAsync(int pairs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        await using var host = new BenchHost();
        await using var browser = await BenchBrowser.StartAsync();

        // Warm-up pair: JIT, Razor component types, static asset compression caches.
        await MeasureAsync(browser, host, WizardUrl, wizard: true);
        await MeasureAsync(browser, host, BlankUrl, wizard: false);

        var wizardMs = new List<double>();
        var blankMs = new List<double>();
        for (var i = 0; i < pairs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i % 2 == 0)
            {
                wizardMs.Add(await MeasureAsync(browser, host, WizardUrl, wizard: true));
                blankMs.Add(await MeasureAsync(browser, host, BlankUrl, wizard: false));
            }
            else
            {
                blankMs.Add(await MeasureAsync(browser, host, BlankUrl, wizard: false));
                wizardMs.Add(await MeasureAsync(browser, host, WizardUrl, wizard: true));
            }
        }
        return new WizardLoadResult(pairs, wizardMs, blankMs);
    }

    private static async Task<double> MeasureAsync(BenchBrowser browser, BenchHost host, string url, bool wizard)
    {
        await using var context = await browser.NewContextAsync(host.Server.BaseAddress);
        var page = await context.NewPageAsync();
        var start = Stopwatch.GetTimestamp();
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForInteractiveAsync();
        if (wizard)
        {
            await page.WaitForWizardAsync();
        }
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}

public sealed record WizardLoadResult(int Pairs, IReadOnlyList<double> WizardMs, IReadOnlyList<double> BlankMs)
{
    public double WizardMedianMs => Stats.Median(WizardMs);

    public double BlankMedianMs => Stats.Median(BlankMs);

    public double Ratio => WizardMedianMs / BlankMedianMs;

    /// <summary>Median of the per-pair ratios: steadier when the machine's load drifts during the run.</summary>
    public double PairedRatio => Stats.Median(WizardMs.Zip(BlankMs, (w, b) => w / b));
}
