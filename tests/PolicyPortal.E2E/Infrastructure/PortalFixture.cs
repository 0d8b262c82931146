using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>One server and one browser per test class; each test opens its own page.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private BrowserSession? _browser;

    public DemoPortalServer Server { get; } = new();

    public BrowserSession Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync() => _browser = await BrowserSession.StartAsync(Server.BaseAddress);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        await Server.DisposeAsync();
    }
}
