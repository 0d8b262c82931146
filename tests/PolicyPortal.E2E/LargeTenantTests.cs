using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>A tenant of 5,000 packages and 100,000 users (<c>Sandbox:Scale=Large</c>): Home shows a page and more on
/// request, filters on the server, and the wizard's package field finds one package among thousands.</summary>
public sealed class LargeTenantTests : IAsyncLifetime
{
    private DemoPortalServer _server = default!;
    private BrowserSession _browser = default!;

    public async ValueTask InitializeAsync()
    {
        _server = new DemoPortalServer(builder => builder.UseSetting("Sandbox:Scale", "Large"));
        _browser = await BrowserSession.StartAsync(_server.BaseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Home_ShowsAPageAtATime_AndFiltersOnTheServer_AndTheWizardFindsOnePackageAmongThousands()
    {
        var page = await _browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();
        var rows = page.GetByTestId("package-name");

        await Expect(rows).ToHaveCountAsync(20);
        await Expect(page.GetByTestId("packages-count")).ToHaveTextAsync("20 packages shown; the directory has more");
        await page.GetByTestId("packages-more").ClickAsync();
        await Expect(rows).ToHaveCountAsync(40);
        await page.SaveScreenshotAsync("home-large-tenant");

        await page.Locator("input[data-testid='package-filter'], [data-testid='package-filter'] input").First.FillAsync("resources 4999");
        await Expect(rows).ToHaveTextAsync(["Legal resources 4999"]);
        await Expect(page.GetByTestId("packages-count")).ToHaveTextAsync("1 package shown");

        var wizard = new WizardPage(await _browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.PolicyWizard);
        await wizard.Input("access-package").FillAsync("resources 0042");
        var options = wizard.Page.GetByTestId("access-package-option");
        await Expect(options).ToHaveCountAsync(1);
        await options.ClickAsync();
        await Expect(wizard.Input("access-package")).ToHaveValueAsync("Finance resources 0042");
    }
}
