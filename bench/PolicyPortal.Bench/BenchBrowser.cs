using Microsoft.Playwright;
using PolicyPortal.Testing;

namespace PolicyPortal.Bench;

/// <summary>Debian's Chromium headless shell (<see cref="Chromium.HeadlessShellPath"/>), launched once; each
/// measurement gets a fresh context (no cache, no cookies).</summary>
public sealed class BenchBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BenchBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<BenchBrowser> StartAsync()
    {
        if (!File.Exists(Chromium.HeadlessShellPath))
        {
            throw new InvalidOperationException($"{Chromium.HeadlessShellPath} is missing: apt-get install chromium-headless-shell (tests/run.sh and bench/run.sh do).");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.HeadlessShellPath,
            Headless = true,
            Args = Chromium.Args,
        });
        return new BenchBrowser(playwright, browser);
    }

    public Task<IBrowserContext> NewContextAsync(Uri baseAddress) => _browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
    });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
