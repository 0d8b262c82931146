using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>"Change many policies" as an admin plans it: a change across a whole catalog, and a saved policy added to
/// other packages, each checked and shown field by field with nothing sent to Graph.</summary>
public sealed class BulkPlanTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChangeAcrossACatalog_FallbackApprover_PlansEveryPolicyWithApprovalAndSendsNothing()
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("bulk-link").ClickAsync();
        await page.WaitForURLAsync("**" + PageRoutes.Bulk);
        await Expect(page.GetByTestId("bulk-package").First).ToBeVisibleAsync();
        await portal.Sandbox.ClearAsync(Ct);

        await new WizardPage(page).PickAsync("bulk-approver", "Nestor", "Nestor Wilke");
        await page.GetByTestId("bulk-catalog").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Partner Collaboration", Exact = true }).ClickAsync();
        await page.GetByTestId("bulk-choose-catalog").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2. Packages (1 chosen)" })).ToBeVisibleAsync();
        await page.GetByTestId("bulk-plan").ClickAsync();

        await Expect(page.GetByTestId("bulk-plan-summary")).ToHaveTextAsync("6 policies would be changed, 0 refused, 0 left as they are. Nothing has been sent.");
        var updates = page.Locator("[data-testid='bulk-item'][data-outcome='update']");
        await Expect(updates).ToHaveCountAsync(6);
        await Expect(updates.First.GetByTestId("policy-change").First).ToContainTextAsync("Added: Nestor Wilke");
        (await portal.Sandbox.RequestsAsync("PUT", "/assignmentPolicies", Ct)).ShouldBeEmpty();
        (await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", Ct)).ShouldBeEmpty();
        await page.SaveScreenshotAsync("bulk-plan-change");
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReuseASavedPolicy_InTwoPackages_PlansOneNewPolicyEachWithThePackagesAdvice()
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.PackageOf(SandboxSeedIds.AccessPackages.SalesResources));
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add Members with manager approval to other packages" }).ClickAsync();
        await Expect(page.GetByTestId("bulk-source")).ToContainTextAsync("A copy of “Members with manager approval”");

        foreach (var name in new[] { "Finance Reporting", "Engineering Tools" })
        {
            await page.GetByTestId("bulk-package").Filter(new() { HasText = name }).GetByRole(AriaRole.Checkbox).CheckAsync();
        }
        await page.GetByTestId("bulk-plan").ClickAsync();

        await Expect(page.GetByTestId("bulk-plan-summary")).ToHaveTextAsync("2 policies would be created, 0 refused, 0 left as they are. Nothing has been sent.");
        var created = page.Locator("[data-testid='bulk-item'][data-outcome='create']");
        await Expect(created).ToHaveCountAsync(2);
        await Expect(created.Filter(new() { HasText = "Finance Reporting" })).ToContainTextAsync("Overlaps with the policy \"Finance team with escalation\"");
    }
}
