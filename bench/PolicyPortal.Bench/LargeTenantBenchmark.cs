using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;

namespace PolicyPortal.Bench;

/// <summary>Home's time to its first package row, and the wizard's package field from typing to its one match, in the
/// 5,000-package tenant (<c>Sandbox:Scale=Large</c>) against the 6-package seed: two servers in this process, measured
/// in alternating pairs, each navigation in a fresh browser context.</summary>
public static class LargeTenantBenchmark
{
    /// <summary>Matches one package in either seed.</summary>
    private const string Search = "marketing campaign";

    public static async Task<LargeTenantResult> RunAsync(int pairs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        await using var standard = Quiet(SandboxScale.Standard);
        await using var large = Quiet(SandboxScale.Large);
        await using var browser = await BenchBrowser.StartAsync();

        // Warm-up: JIT, the large seed's first build, compression caches.
        foreach (var server in new[] { standard, large })
        {
            await HomeFirstRowAsync(browser, server);
            await PackageSearchAsync(browser, server);
        }

        var (homeStandard, homeLarge, searchStandard, searchLarge) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < pairs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var order = i % 2 == 0 ? new[] { standard, large } : [large, standard];
            foreach (var server in order)
            {
                (server == large ? homeLarge : homeStandard).Add(await HomeFirstRowAsync(browser, server));
                (server == large ? searchLarge : searchStandard).Add(await PackageSearchAsync(browser, server));
            }
        }
        return new LargeTenantResult(pairs, homeStandard, homeLarge, searchStandard, searchLarge);
    }

    private static DemoPortalServer Quiet(SandboxScale scale) => new(builder => builder
        .UseSetting("Sandbox:Scale", scale.ToString())
        .ConfigureLogging(logging => logging.ClearProviders()));

    /// <summary>From navigation to the first package row on Home.</summary>
    private static async Task<double> HomeFirstRowAsync(BenchBrowser browser, DemoPortalServer server)
    {
        await using var context = await browser.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        var start = Stopwatch.GetTimestamp();
        await page.GotoAsync(PageRoutes.Home, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.GetByTestId("package-name").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>From filling the package field to its single match showing (its debounce included).</summary>
    private static async Task<double> PackageSearchAsync(BenchBrowser browser, DemoPortalServer server)
    {
        await using var context = await browser.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.OpenWizardAsync(PageRoutes.PolicyWizard);
        var start = Stopwatch.GetTimestamp();
        await page.Input("access-package").FillAsync(Search);
        await page.GetByTestId("access-package-option").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}

public sealed record LargeTenantResult(int Pairs, IReadOnlyList<double> HomeStandardMs, IReadOnlyList<double> HomeLargeMs,
    IReadOnlyList<double> SearchStandardMs, IReadOnlyList<double> SearchLargeMs)
{
    public double HomeRatio => Stats.Median(HomeLargeMs) / Stats.Median(HomeStandardMs);

    public double SearchRatio => Stats.Median(SearchLargeMs) / Stats.Median(SearchStandardMs);
}
