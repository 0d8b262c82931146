using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Web.Components;

namespace PolicyPortal.E2E;

public sealed class HomePageTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Home_InDemoMode_IsInteractiveShowsDemoBannerAndPassesAxe()
    {
        var page = await portal.Browser.Context.NewPageAsync();
        var consoleErrors = page.RecordConsoleErrors();
        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();

        consoleErrors.ShouldBeEmpty("the Content Security Policy must let Blazor and MudBlazor run");
        (await page.GetByTestId("demo-banner").InnerTextAsync()).ShouldContain("Demo mode");
        (await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 }).InnerTextAsync())
            .ShouldBe("Access package assignment policies");
        await page.GetByTestId("package-name").First.WaitForAsync();
        (await page.GetByTestId("package-name").AllInnerTextsAsync()).ShouldContain("Sales Resources");
        await page.SaveScreenshotAsync("home");
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task PackageFilter_TypingPartOfAName_ListsOnlyMatchingPackages()
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("package-name").First.WaitForAsync();

        await page.GetByLabel("Find an access package").FillAsync("partner");

        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("package-name")).ToHaveTextAsync(["Partner Portal Access"]);
    }

    [Fact]
    public async Task NewPolicy_FromHome_NavigatesToTheWizard()
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("new-policy").ClickAsync();

        await page.WaitForAddressEndingAsync(PageRoutes.PolicyWizard);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/no-such-page", "Page not found")]
    [InlineData(PageRoutes.Error, "Something went wrong")]
    [InlineData(PageRoutes.AccessDenied, "You need a role to use PolicyPortal")]
    public async Task StatusPages_SayWhatHappenedAndPassAxe(string path, string heading)
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(path);

        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ChosenTheme_IsKeptOnReload_AndOnTheStaticErrorPage()
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();
        var light = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        try
        {
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Switch to dark theme" }).ClickAsync();
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Switch to light theme" }).WaitForAsync();
            var dark = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
            dark.ShouldNotBe(light);

            await page.ReloadAsync();
            await page.WaitForInteractiveAsync();
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Switch to light theme" }).WaitForAsync();
            (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")).ShouldBe(dark);

            // The error page is rendered without a circuit: it opens dark from the cookie alone.
            await page.GotoAsync(PageRoutes.Error);
            await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
            (await page.Locator("[data-interactive='true']").CountAsync()).ShouldBe(0);
            (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")).ShouldBe(dark);
            await page.SaveScreenshotAsync("error-page-dark");
        }
        finally
        {
            await portal.Browser.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "pp-theme", Value = "light", Url = page.Url }]);
        }
    }
}
