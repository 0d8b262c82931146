using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Security;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Tenant mode as a browser lives it, with the real Content Security Policy: sign in at the fake Entra ID, a
/// page that calls Graph, and sign-out through the app bar's button, which posts a form that redirects to Entra ID's
/// end-session endpoint (Chromium applies the CSP's form-action to that redirect; an HttpClient would not).</summary>
public sealed class SignOutTests : IAsyncLifetime
{
    private TenantBrowser _tenant = default!;

    public async ValueTask InitializeAsync() => _tenant = await TenantBrowser.StartAsync(FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin));

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task SignInAGraphCallAndSignOut_WorkInChromiumWithTheRealCsp()
    {
        var page = await _tenant.Browser.Context.NewPageAsync();
        var consoleErrors = page.RecordConsoleErrors();

        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("ada.admin@contoso.test");
        await Expect(page.GetByTestId("package-name").First).ToBeVisibleAsync(); // listed by Graph (the sandbox)

        await page.GetByTestId("sign-out").ClickAsync();

        await page.WaitForAddressEndingAsync(PageRoutes.SignedOut);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You are signed out");
        _tenant.Authority.EndSessionRequests.ShouldHaveSingleItem("the browser reached Entra ID's end-session endpoint");
        await Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        // (The fake Entra ID's pages have no favicon: Chromium's own request for one is a 404 there, not a CSP matter.)
        consoleErrors.ShouldNotContain(error => error.Contains("Content Security Policy", StringComparison.Ordinal));
        await page.SaveScreenshotAsync("signed-out");
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();

        // Signing in again from there works, and Home answers for the admin again.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("ada.admin@contoso.test");
        _tenant.Authority.SignIns.ShouldBe(2);
    }
}
