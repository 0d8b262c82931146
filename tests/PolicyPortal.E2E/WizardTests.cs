using System.Text.Json;
using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

public sealed class WizardTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task ExternalPartnersPolicy_BuiltByClickingAndTyping_SendsExactlyThePreview()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));

        await wizard.FillAsync("policy-name", "External partners (E2E)");
        await wizard.FillAsync("policy-description", "Partners from connected organizations, approved by sponsors.");
        await wizard.ScreenshotAsync("wizard-basics");
        await wizard.NextAsync("who-can-request");

        await wizard.Page.GetByText("All configured connected organizations").ClickAsync();
        await wizard.ScreenshotAsync("wizard-who-can-request");
        await wizard.NextAsync("requestor-options");
        await wizard.ScreenshotAsync("wizard-requestor-options");
        await wizard.NextAsync("approval");

        await wizard.CheckAsync("stage-1-approvers-InternalSponsors");
        await wizard.PickAsync("stage-1-fallback", "adele", "Adele Vance");
        await wizard.PickAsync("stage-1-fallback", "finance", "Finance Approvers");
        await wizard.Page.GetByTestId("add-stage").ClickAsync();
        await wizard.PickAsync("stage-2-approvers", "nestor", "Nestor Wilke");
        await wizard.PickAsync("stage-2-approvers", "partner rev", "Partner Reviewers");
        await wizard.ScreenshotAsync("wizard-approval");
        await wizard.NextAsync("questions");
        await wizard.ScreenshotAsync("wizard-questions");
        await wizard.NextAsync("lifecycle");

        await wizard.Page.GetByText("Never", new() { Exact = true }).ClickAsync();
        await wizard.ScreenshotAsync("wizard-lifecycle");
        await wizard.NextAsync("access-review");

        await wizard.CheckAsync("review-enabled");
        await wizard.ChooseAsync("review-frequency", "Quarterly");
        await wizard.PickAsync("reviewers", "partner rev", "Partner Reviewers");
        await wizard.ScreenshotAsync("wizard-access-review");
        await wizard.NextAsync("review");

        await Expect(wizard.Page.GetByTestId("review-valid")).ToBeVisibleAsync();
        var preview = await wizard.Page.GetByTestId("policy-json").TextContentAsync();
        await wizard.ScreenshotAsync("wizard-review");

        await wizard.Page.GetByTestId("submit-policy").ClickAsync();
        await wizard.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Expect(wizard.Page.GetByTestId("submit-result")).ToBeVisibleAsync();

        var post = (await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
        post.GetProperty("body").GetString().ShouldBe(preview);
        using var sent = JsonDocument.Parse(preview!);
        sent.RootElement.GetProperty("allowedTargetScope").GetString().ShouldBe("allConfiguredConnectedOrganizationUsers");
        sent.RootElement.GetProperty("requestApprovalSettings").GetProperty("stages").GetArrayLength().ShouldBe(2);
        (await wizard.Page.GetByTestId("created-policy-id").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
    }
}
