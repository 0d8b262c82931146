using System.Web;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Security;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Tenant mode behind a TLS-terminating reverse proxy: nginx (Debian's) with the deployment's proxy settings
/// ends TLS and passes plain HTTP to the app. The app must still tell Entra ID an https redirect URI (Entra would
/// refuse an http one, AADSTS50011), keep its circuit over the proxied WebSocket, and sign out through it.</summary>
public sealed class BehindProxyTests : IAsyncLifetime
{
    private FakeEntraAuthority _authority = default!;
    private DemoPortalServer _graph = default!;
    private TenantPortalServer _portal = default!;
    private NginxProxy _proxy = default!;
    private BrowserSession _browser = default!;

    public async ValueTask InitializeAsync()
    {
        _authority = await FakeEntraAuthority.StartAsync();
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);
        _graph = new DemoPortalServer();
        _portal = new TenantPortalServer(_authority, new Uri(_graph.SandboxRoot, "v1.0"), plainHttp: true);
        _proxy = await NginxProxy.StartAsync(_portal.BaseAddress, TestContext.Current.CancellationToken);
        _browser = await BrowserSession.StartAsync(_proxy.BaseAddress, trustTestCertificates: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _proxy.DisposeAsync();
        await _portal.DisposeAsync();
        await _graph.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_ThroughTheProxy_AsksEntraToReturnToTheHttpsAddress_AndTheWholeSessionWorks()
    {
        _portal.BaseAddress.Scheme.ShouldBe("http", "the app itself speaks plain HTTP");
        var page = await _browser.Context.NewPageAsync();
        var authorize = page.WaitForRequestAsync(request => request.Url.StartsWith(_authority.AuthorizeEndpoint, StringComparison.Ordinal));

        await page.GotoAsync(PageRoutes.Home);

        var redirectUri = HttpUtility.ParseQueryString(new Uri((await authorize).Url).Query)["redirect_uri"];
        redirectUri.ShouldBe(new Uri(_proxy.BaseAddress, "/signin-oidc").ToString());
        await page.WaitForInteractiveAsync(); // the circuit's WebSocket passes the proxy
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("ada.admin@contoso.test");
        await Expect(page.GetByTestId("package-name").First).ToBeVisibleAsync();
        (await _browser.Context.CookiesAsync()).Where(c => c.Name.StartsWith(".AspNetCore.Cookies", StringComparison.Ordinal))
            .ShouldAllBe(c => c.Secure, "the session cookie is Secure: the app knows the browser uses https");

        await page.GetByTestId("sign-out").ClickAsync();

        await page.WaitForURLAsync(new Uri(_proxy.BaseAddress, PageRoutes.SignedOut).ToString());
        _authority.EndSessionRequests.ShouldHaveSingleItem().ShouldContain(Uri.EscapeDataString(new Uri(_proxy.BaseAddress, "/signout-callback-oidc").ToString()));
    }
}
