using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>Tenant mode in a real browser: the fake Entra ID signing in <see cref="FakeEntraAuthority.NextUser"/>, the
/// demo server's sandbox standing in for Graph, the app (on HTTPS itself, or on plain HTTP behind nginx), and Chromium
/// pointed at whichever of the two the admin would open.</summary>
public sealed class TenantBrowser : IAsyncDisposable
{
    private TenantBrowser(FakeEntraAuthority authority, DemoPortalServer graph, TenantPortalServer portal, NginxProxy? proxy, BrowserSession browser)
    {
        Authority = authority;
        Graph = graph;
        Portal = portal;
        Proxy = proxy;
        Browser = browser;
    }

    public FakeEntraAuthority Authority { get; }

    public DemoPortalServer Graph { get; }

    public TenantPortalServer Portal { get; }

    public NginxProxy? Proxy { get; }

    public BrowserSession Browser { get; }

    /// <summary>What the browser opens: the proxy when there is one.</summary>
    public Uri Address => Proxy?.BaseAddress ?? Portal.BaseAddress;

    public static async Task<TenantBrowser> StartAsync(FakeEntraUser user, bool behindProxy = false)
    {
        var authority = await FakeEntraAuthority.StartAsync();
        authority.NextUser = user;
        var graph = new DemoPortalServer();
        var portal = new TenantPortalServer(authority, new Uri(graph.SandboxRoot, "v1.0"), plainHttp: behindProxy);
        var proxy = behindProxy ? await NginxProxy.StartAsync(portal.BaseAddress, TestContext.Current.CancellationToken) : null;
        var browser = await BrowserSession.StartAsync(proxy?.BaseAddress ?? portal.BaseAddress, trustTestCertificates: true);
        return new TenantBrowser(authority, graph, portal, proxy, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }
        await Portal.DisposeAsync();
        await Graph.DisposeAsync();
        await Authority.DisposeAsync();
    }
}
