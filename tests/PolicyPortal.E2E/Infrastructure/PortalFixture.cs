using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>One server and one browser per test class; each test opens its own page.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private BrowserSession? _browser;

    public PortalFixture() => Sandbox = new SandboxJournal(Server);

    public DemoPortalServer Server { get; } = new();

    /// <summary>The demo server's sandbox tenant: what it received, and faults to inject.</summary>
    public SandboxJournal Sandbox { get; }

    public BrowserSession Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync() => _browser = await BrowserSession.StartAsync(Server.BaseAddress);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        Sandbox.Dispose();
        await Server.DisposeAsync();
    }
}
