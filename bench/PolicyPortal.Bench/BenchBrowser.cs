using Microsoft.Playwright;
using PolicyPortal.Testing;

namespace PolicyPortal.Bench;

/// <summary>Debian's headless Chromium, launched once; each measurement gets a fresh context (no cache, no cookies).</summary>
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
        if (!File.Exists(Chromium.ExecutablePath))
        {
            throw new InvalidOperationException($"{Chromium.ExecutablePath} is missing: apt-get install chromium (tests/run.sh does).");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
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
