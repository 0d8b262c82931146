using Microsoft.Playwright;
using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>Debian's headless Chromium with a fresh profile; Playwright's own browser download is not needed.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly string _profileDir;

    private BrowserSession(IPlaywright playwright, IBrowserContext context, string profileDir)
    {
        _playwright = playwright;
        Context = context;
        _profileDir = profileDir;
    }

    public IBrowserContext Context { get; }

    /// <param name="trustTestCertificates">For servers with a certificate made by the test (tenant mode over HTTPS).</param>
    public static async Task<BrowserSession> StartAsync(Uri baseAddress, bool trustTestCertificates = false)
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            throw new InvalidOperationException($"{Chromium.ExecutablePath} is missing: install Debian's chromium package (.ci/run does).");
        }

        var playwright = await Playwright.CreateAsync();
        var profileDir = Directory.CreateTempSubdirectory("policyportal-e2e-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profileDir, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Args,
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            IgnoreHTTPSErrors = trustTestCertificates,
        });
        return new BrowserSession(playwright, context, profileDir);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright.Dispose();
        Directory.Delete(_profileDir, recursive: true);
    }
}
