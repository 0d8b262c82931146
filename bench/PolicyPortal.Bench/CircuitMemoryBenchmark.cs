using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyPortal.Core.Ports;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;

namespace PolicyPortal.Bench;

/// <summary>Managed heap growth per circuit, read with <c>GC.GetTotalMemory(true)</c> in this process, which hosts the
/// server: N pages on the bare interactive page (<c>/not-found</c>), then N more pages each editing a three-stage policy
/// in the wizard. The first N of each kind also pay for what a process allocates once as circuits accumulate (tables
/// and buffers that grow with the count), a fifth of a bare circuit and more (docs/benchmarks.md, item 2); so they are
/// opened first, unmeasured, and kept open, and the figures are those of N more of each: the marginal cost of a circuit
/// in a process serving many.
/// Playwright's own per-page objects live in this process too, so each measured phase first opens its N pages on
/// <c>about:blank</c> and measures from there. A <c>checkpoint</c> is awaited after each measurement with the pages
/// still open, so a heap snapshot (<c>dotnet-gcdump collect</c>) can be taken of exactly what was measured.</summary>
public static class CircuitMemoryBenchmark
{
    private const int OpenAtOnce = 3;

    /// <summary>Two heap readings a second apart within this are taken to mean the heap holds still.</summary>
    private const long StillBytes = 32 * 1024;

    /// <summary>How many arrays per size .NET's shared ArrayPool keeps, as this process was started (bench/run.sh keeps
    /// one): a pool that keeps many makes each figure move by tens of KB with what other work handed back to it.</summary>
    public static string ArrayPoolSetting =>
        Environment.GetEnvironmentVariable("DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXARRAYSPERPARTITION") is { } arrays
        && Environment.GetEnvironmentVariable("DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXPARTITIONCOUNT") is { } partitions
            ? $"shared ArrayPool kept to {partitions} partition(s) of {arrays} array(s) per size"
            : "shared ArrayPool at its defaults (figures move by tens of KB; bench/run.sh limits it)";

    public static async Task<CircuitMemoryResult> RunAsync(int circuits, CancellationToken cancellationToken, TimeSpan? settle = null,
        Func<string, Task>? checkpoint = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(circuits, 1);
        var pause = settle ?? TimeSpan.FromSeconds(1);
        var reached = checkpoint ?? (_ => Task.CompletedTask);
        await using var host = new BenchHost();
        var wizardUrl = PageRoutes.EditPolicy(await SaveThreeStageAsync(host, "Three-stage partners (memory benchmark)", cancellationToken));

        await using var browser = await BenchBrowser.StartAsync();
        await using (var warm = await browser.NewContextAsync(host.Server.BaseAddress))
        {
            // Warm-up: JIT, component types and caches that every circuit would share.
            var page = await warm.NewPageAsync();
            await page.GotoAsync(PageRoutes.NotFound);
            await page.WaitForInteractiveAsync();
            await page.GotoAsync(wizardUrl);
            await page.WaitForWizardAsync();
        }

        // Kept open until the end: a closed circuit's pooled render buffers would go back to the shared pool and be
        // handed to the measured circuits, which would then look lighter than they are.
        await using var coldContext = await browser.NewContextAsync(host.Server.BaseAddress);
        await NavigateAsync(await NewPagesAsync(coldContext, circuits), PageRoutes.NotFound, wizard: false);
        await NavigateAsync(await NewPagesAsync(coldContext, circuits), wizardUrl, wizard: true);

        await using var context = await browser.NewContextAsync(host.Server.BaseAddress);
        var blank = await OpenAsync(context, circuits, PageRoutes.NotFound, wizard: false, pause, reached);
        var wizard = await OpenAsync(context, circuits, wizardUrl, wizard: true, pause, reached);
        return new CircuitMemoryResult(circuits, blank.PerCircuit, wizard.PerCircuit, blank.PerPlaywrightPage);
    }

    /// <summary>Creates a three-stage policy in the host's sandbox (what the wizard opens for editing): its id.</summary>
    internal static async Task<string> SaveThreeStageAsync(BenchHost host, string name, CancellationToken cancellationToken)
    {
        await using var scope = host.Server.Services.CreateAsyncScope();
        var gateway = scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
        var draft = BenchDrafts.ThreeStage(SandboxSeedIds.AccessPackages.MarketingCampaignTools, name);
        return (await gateway.SubmitAsync(gateway.Prepare(draft), cancellationToken)).PolicyId;
    }

    private static async Task<(double PerCircuit, double PerPlaywrightPage)> OpenAsync(IBrowserContext context, int count, string url, bool wizard, TimeSpan pause,
        Func<string, Task> checkpoint)
    {
        var kind = wizard ? "wizard" : "bare";
        var before = await HeapAsync(pause);
        var pages = await NewPagesAsync(context, count);
        var withPages = await HeapAsync(pause);
        await checkpoint($"{kind}: {count} pages on about:blank");
        await NavigateAsync(pages, url, wizard);
        var withCircuits = await HeapAsync(pause);
        await checkpoint($"{kind}: {count} circuits open");
        return ((withCircuits - withPages) / (double)count, (withPages - before) / (double)count);
    }

    private static async Task<IReadOnlyList<IPage>> NewPagesAsync(IBrowserContext context, int count)
    {
        var pages = new List<IPage>(count);
        for (var i = 0; i < count; i++)
        {
            pages.Add(await context.NewPageAsync());
        }
        return pages;
    }

    /// <summary>Opens <paramref name="url"/> in every page, a few at a time (half as long as one by one).</summary>
    private static async Task NavigateAsync(IReadOnlyList<IPage> pages, string url, bool wizard)
    {
        foreach (var batch in pages.Chunk(OpenAtOnce))
        {
            await Task.WhenAll(batch.Select(async page =>
            {
                await page.GotoAsync(url);
                await page.WaitForInteractiveAsync();
                if (wizard)
                {
                    await page.WaitForWizardAsync();
                }
            }));
        }
    }

    /// <summary>This process's managed heap after <paramref name="pause"/> and a full collection, once it holds still:
    /// read again each second until two readings are within 32 KB. Caches and pools that the server trims on timers let
    /// go of a megabyte or so some seconds after a burst of pages; read mid-trim, that would come off the next figure.</summary>
    internal static async Task<long> HeapAsync(TimeSpan pause)
    {
        // Let render batches be acknowledged and timers settle before a full collection.
        await Task.Delay(pause);
        var heap = FullyCollectedHeap();
        for (var reading = 0; reading < 20; reading++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var next = FullyCollectedHeap();
            if (Math.Abs(next - heap) < StillBytes)
            {
                return next;
            }
            heap = next;
        }
        return heap;
    }

    private static long FullyCollectedHeap()
    {
        GC.GetTotalMemory(forceFullCollection: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <param name="BlankBytes">Heap growth per circuit on the bare interactive page.</param>
/// <param name="WizardBytes">Heap growth per circuit with the wizard editing a three-stage policy.</param>
/// <param name="PlaywrightPageBytes">This process's growth per Playwright page on about:blank (excluded above).</param>
public sealed record CircuitMemoryResult(int Circuits, double BlankBytes, double WizardBytes, double PlaywrightPageBytes)
{
    public double Ratio => WizardBytes / BlankBytes;
}
