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
    private TenantBrowser _tenant = default!;

    public async ValueTask InitializeAsync() =>
        _tenant = await TenantBrowser.StartAsync(FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin), behindProxy: true);

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task SignIn_ThroughTheProxy_AsksEntraToReturnToTheHttpsAddress_AndTheWholeSessionWorks()
    {
        _tenant.Portal.BaseAddress.Scheme.ShouldBe("http", "the app itself speaks plain HTTP");
        var page = await _tenant.Browser.Context.NewPageAsync();
        var authorize = page.WaitForRequestAsync(request => request.Url.StartsWith(_tenant.Authority.AuthorizeEndpoint, StringComparison.Ordinal));

        await page.GotoAsync(PageRoutes.Home);

        var redirectUri = HttpUtility.ParseQueryString(new Uri((await authorize).Url).Query)["redirect_uri"];
        redirectUri.ShouldBe(new Uri(_tenant.Address, "/signin-oidc").ToString());
        await page.WaitForInteractiveAsync(); // the circuit's WebSocket passes the proxy
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("ada.admin@contoso.test");
        await Expect(page.GetByTestId("package-name").First).ToBeVisibleAsync();
        (await _tenant.Browser.Context.CookiesAsync()).Where(c => c.Name.StartsWith(".AspNetCore.Cookies", StringComparison.Ordinal))
            .ShouldAllBe(c => c.Secure, "the session cookie is Secure: the app knows the browser uses https");

        await page.GetByTestId("sign-out").ClickAsync();

        await page.WaitForAddressEndingAsync(new Uri(_tenant.Address, PageRoutes.SignedOut).ToString());
        _tenant.Authority.EndSessionRequests.ShouldHaveSingleItem().ShouldContain(Uri.EscapeDataString(new Uri(_tenant.Address, "/signout-callback-oidc").ToString()));
    }
}
