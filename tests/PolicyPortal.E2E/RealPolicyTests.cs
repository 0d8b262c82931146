using System.Text.Json.Nodes;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Policies as Graph's docs and real tenants write them, taken through the wizard in the browser.</summary>
public sealed class RealPolicyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DocsCreateExample2_AsPrinted_ReachesReviewWithNoBlockingCheckAndIsSentAsPreviewed()
    {
        await portal.Sandbox.ResetAsync(Ct);
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));

        await wizard.ImportAsync(DocsExamples.Seeded("create-example-2"));
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("policy for external access requests");
        await wizard.NextUntilAsync("review");

        await Expect(wizard.Page.GetByTestId("review-valid")).ToBeVisibleAsync();
        await Expect(wizard.Page.GetByTestId("review-invalid")).ToHaveCountAsync(0);
        await Expect(wizard.Page.GetByText("there are no primary approvers, so requests in stage 2 go to the fallback approvers", new() { Exact = false }))
            .ToBeVisibleAsync();
        await wizard.CheckAccessibilityAsync("real-docs-example-2-review");
        var preview = await wizard.PreviewAsync();
        await wizard.SubmitAsync("Create");

        var post = (await portal.Sandbox.RequestsAsync("POST", "assignmentPolicies", Ct)).ShouldHaveSingleItem();
        post.GetProperty("body").GetString().ShouldBe(preview);
        post.GetProperty("status").GetInt32().ShouldBe(201);
        var stages = JsonNode.Parse(preview)!["requestApprovalSettings"]!["stages"]!.AsArray();
        stages[1]!["primaryApprovers"]!.AsArray().ShouldBeEmpty();
        stages[1]!["fallbackPrimaryApprovers"]!.AsArray().Count.ShouldBe(2);
        GraphSchema.ShouldBeValid(preview);
    }

    [Fact]
    public async Task PolicyWithCustomExtensions_ListedOpenedEditedAndPut_KeepsItsSettings()
    {
        await portal.Sandbox.ResetAsync(Ct);
        const string policyId = SandboxSeedIds.Policies.SalesResourcesContosoPartners;
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.PackageOf(SandboxSeedIds.AccessPackages.SalesResources));
        await page.WaitForInteractiveAsync();
        var row = page.GetByTestId("policies").Locator("tr").Filter(new() { HasText = "Contoso Partners with sponsor approval" });
        await row.GetByTestId("edit-policy").ClickAsync();

        var wizard = new WizardPage(page);
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("Contoso Partners with sponsor approval");
        await wizard.FillAsync("policy-description", "Contoso partners, approved by sponsors (edited with its extensions)");
        await wizard.NextUntilAsync("review");
        await Expect(page.GetByText("Log request in CRM", new() { Exact = false }).First).ToBeVisibleAsync();
        var preview = await wizard.PreviewAsync();
        await wizard.SubmitAsync("Update");

        var put = (await portal.Sandbox.RequestsAsync("PUT", policyId, Ct)).ShouldHaveSingleItem();
        put.GetProperty("body").GetString().ShouldBe(preview);
        var sent = JsonNode.Parse(preview)!["customExtensionStageSettings"]!.AsArray();
        sent.Select(s => s!["customExtension"]!["id"]!.GetValue<string>()).ShouldBe(
            [SandboxSeedIds.CustomExtensions.SalesRequestToCrm, SandboxSeedIds.CustomExtensions.SalesExpiryWarning], ignoreOrder: true);
        var stored = await portal.Sandbox.GetJsonAsync(
            $"v1.0/identityGovernance/entitlementManagement/assignmentPolicies/{policyId}?$expand=customExtensionStageSettings($expand=customExtension)", Ct);
        stored["customExtensionStageSettings"]!.AsArray().Count.ShouldBe(2);
        stored["description"]!.GetValue<string>().ShouldEndWith("(edited with its extensions)");
    }

    [Fact]
    public async Task ReviewSchedule_WithANumberOfReviewsAndHours_IsSentAsTheAdminCenterWouldSetIt()
    {
        await portal.Sandbox.ResetAsync(Ct);
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.ImportAsync(DocsExamples.Seeded("create-example-2"));
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("policy for external access requests");
        await wizard.NextUntilAsync("access-review");

        await wizard.FillAsync("review-day-of-month", "15");
        await wizard.ChooseAsync("review-range", "After a number of reviews");
        await wizard.FillAsync("review-occurrences", "4");
        await wizard.ChooseAsync("review-duration-unit", "Hours");
        await wizard.FillAsync("review-duration-amount", "36");
        await wizard.CheckAccessibilityAsync("real-review-schedule");
        await wizard.NextAsync("review");

        await Expect(wizard.Page.GetByText("There are 4 reviews in all.")).ToBeVisibleAsync();
        var schedule = JsonNode.Parse(await wizard.PreviewAsync())!["reviewSettings"]!["schedule"]!;
        schedule["expiration"]!["duration"]!.GetValue<string>().ShouldBe("P1DT12H");
        schedule["recurrence"]!["pattern"]!["dayOfMonth"]!.GetValue<int>().ShouldBe(15);
        schedule["recurrence"]!["range"]!["type"]!.GetValue<string>().ShouldBe("numbered");
        schedule["recurrence"]!["range"]!["numberOfOccurrences"]!.GetValue<int>().ShouldBe(4);
        GraphSchema.ShouldBeValid(await wizard.PreviewAsync());
    }
}
