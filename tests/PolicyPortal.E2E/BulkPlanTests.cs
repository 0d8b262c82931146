using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Templates;
using PolicyPortal.Core.Validation;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Policies;
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
        await page.WaitForAddressEndingAsync(PageRoutes.Bulk);
        await Expect(page.GetByTestId("bulk-package").First).ToBeVisibleAsync();
        await portal.Sandbox.ClearAsync(Ct);

        await new WizardPage(page).PickAsync("bulk-approver", "Nestor", "Nestor Wilke");
        await page.GetByTestId("bulk-catalog").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Partner Collaboration", Exact = true }).ClickAsync();
        await page.GetByTestId("bulk-choose-catalog").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2. Packages (1 chosen)" })).ToBeVisibleAsync();
        await page.GetByTestId("bulk-plan").ClickAsync();

        await Expect(page.GetByTestId("bulk-plan-summary")).ToHaveTextAsync("5 policies would be changed, 0 refused, 1 left as they are. Nothing has been sent.");
        var updates = page.Locator("[data-testid='bulk-item'][data-outcome='update']");
        await Expect(updates).ToHaveCountAsync(5);
        await Expect(page.Locator("[data-testid='bulk-item'][data-outcome='left-alone']").Filter(new() { HasText = "Members with self-review" }))
            .ToContainTextAsync("Left as it is: it is already so.");
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
        await page.GetByRole(AriaRole.Link, new() { Name = "Reuse Members with manager approval in other packages" }).ClickAsync();
        await Expect(page.GetByTestId("bulk-source")).ToContainTextAsync("A copy of “Members with manager approval”");

        foreach (var name in new[] { "Finance Reporting", "Engineering Tools" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = name }).CheckAsync();
        }
        await page.GetByTestId("bulk-plan").ClickAsync();

        await Expect(page.GetByTestId("bulk-plan-summary")).ToHaveTextAsync("2 policies would be created, 0 refused, 0 left as they are. Nothing has been sent.");
        var created = page.Locator("[data-testid='bulk-item'][data-outcome='create']");
        await Expect(created).ToHaveCountAsync(2);
        await Expect(created.Filter(new() { HasText = "Finance Reporting" })).ToContainTextAsync("Overlaps with the policy \"Finance team with escalation\"");
    }

    [Fact]
    public async Task FromTheWizardsReviewStep_TheDraftIsPlannedForOtherPackages()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools) + "&template=direct-assignment");
        await wizard.FillAsync("policy-name", "Admins assign (bulk from the wizard)");
        await wizard.NextUntilAsync("review");

        await wizard.Page.GetByTestId("reuse-draft").ClickAsync();
        await Expect(wizard.Page.GetByTestId("bulk-source")).ToContainTextAsync("A copy of “Admins assign (bulk from the wizard)”");
        await wizard.Page.GetByRole(AriaRole.Checkbox, new() { Name = "New Hire Onboarding" }).CheckAsync();
        await wizard.Page.GetByTestId("bulk-plan").ClickAsync();

        await Expect(wizard.Page.GetByTestId("bulk-plan-summary")).ToHaveTextAsync("1 policy would be created, 0 refused, 0 left as they are. Nothing has been sent.");
        await Expect(wizard.Page.GetByTestId("bulk-item")).ToContainTextAsync("New Hire Onboarding");
    }

    [Fact]
    public async Task Apply_JustificationOnInOnePackage_SendsOneBatchShowsEachResultAndAudits()
    {
        await portal.Sandbox.ResetAsync(Ct);
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Bulk);
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("bulk-edit").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Turn requestor justification on or off" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Engineering Tools" }).CheckAsync();
        await page.GetByTestId("bulk-plan").ClickAsync();
        await Expect(page.GetByTestId("bulk-plan-summary")).ToHaveTextAsync("1 policy would be changed, 0 refused, 0 left as they are. Nothing has been sent.");
        await portal.Sandbox.ClearAsync(Ct);

        await page.GetByTestId("bulk-apply").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("bulk-run-progress")).ToHaveTextAsync("Finished: 1 of 1 settled, 1 saved, 0 not.");
        await Expect(page.GetByTestId("bulk-run-item")).ToHaveAttributeAsync("data-state", "Succeeded");
        await Expect(page.GetByTestId("bulk-run-item").GetByRole(AriaRole.Link, new() { Name = "open the policy" })).ToBeVisibleAsync();
        var batch = (await portal.Sandbox.RequestsAsync("POST", "/$batch", Ct)).ShouldHaveSingleItem();
        batch.GetProperty("requests").EnumerateArray().ShouldHaveSingleItem().GetProperty("method").GetString().ShouldBe("PUT");
        await page.GotoAsync(PageRoutes.Audit);
        await Expect(page.GetByText("Contractors with two-stage approval").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task UnfinishedRun_IsOfferedForResuming_AndResumingSendsItOnce()
    {
        await portal.Sandbox.ResetAsync(Ct);
        // A run as the database keeps it when its tab closed before anything was sent.
        await using (var scope = portal.Server.Services.CreateAsyncScope())
        {
            var gateway = scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
            var package = new AccessPackageInfo(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "Marketing Campaign Tools", null, null, false);
            var source = PolicyTemplates.DirectAssignmentOnly.Create();
            source.DisplayName = "Resumed from the page";
            var plan = BulkPlan.Create([new BulkTarget(package, await gateway.ListAsync(package.Id, Ct))], source,
                scope.ServiceProvider.GetRequiredService<PolicyDraftValidator>());
            var admin = new CurrentUser(DemoAuthenticationHandler.UserId, DemoAuthenticationHandler.DisplayName);
            await scope.ServiceProvider.GetRequiredService<BulkRunner>().StartAsync(admin, "Add “Resumed from the page” to 1 package", plan, Ct);
        }

        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Bulk);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("bulk-unfinished")).ToContainTextAsync("Add “Resumed from the page” to 1 package");
        await page.GetByTestId("bulk-resume").ClickAsync();

        await Expect(page.GetByTestId("bulk-run-progress")).ToHaveTextAsync("Finished: 1 of 1 settled, 1 saved, 0 not.");
        (await portal.Sandbox.CountPoliciesNamedAsync("Resumed from the page", Ct)).ShouldBe(1);
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("bulk-unfinished")).ToHaveCountAsync(0);
    }
}
