using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Drafts an admin can trust: a new policy has its draft's address from its first edit, so a reload comes
/// back to it; starting afresh offers to throw the old one away; Home tells drafts apart; and a second tab whose copy
/// went stale can keep it as a draft of its own or reload.</summary>
public sealed partial class DraftAddressTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task NewPolicy_ReloadedAfterItsFirstEdits_OpensItsDraftAtItsStep()
    {
        var wizard = await NewPolicyAsync();
        await wizard.FillAsync("policy-name", "Reloaded (address)");
        await wizard.Page.WaitForDraftAddressAsync();
        await wizard.FillAsync("policy-description", "Kept across a reload");
        await wizard.NextAsync("who-can-request");

        await wizard.Page.ReloadAsync();
        await wizard.Page.WaitForInteractiveAsync();

        await Expect(wizard.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "who-can-request");
        await Expect(wizard.Page.GetByTestId("resume-offer")).ToHaveCountAsync(0);
        await wizard.Page.SaveScreenshotAsync("draft-reloaded-at-its-step");
        await wizard.Page.GetByTestId("wizard-back").ClickAsync();
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("Reloaded (address)");
        await Expect(wizard.Input("policy-description")).ToHaveValueAsync("Kept across a reload");
    }

    [Fact]
    public async Task StartingAfresh_OffersToDiscardTheUnfinishedDraft()
    {
        var first = await NewPolicyAsync();
        await first.FillAsync("policy-name", "Thrown away (offer)");
        await first.Page.WaitForDraftAddressAsync();
        await first.Page.CloseAsync();

        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.PolicyWizard);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("resume-offer")).ToContainTextAsync("Thrown away (offer)");
        await Expect(page.GetByTestId("resume-offer")).ToContainTextAsync(new Regex(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC"));
        await page.SaveScreenshotAsync("resume-offer-with-discard");
        await page.GetByTestId("discard-and-start-new").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Discard", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("resume-offer")).ToHaveCountAsync(0);
        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("draft-name").Filter(new() { HasText = "Thrown away (offer)" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Home_TellsDraftsApartByPackageStepAndTimeToTheSecond()
    {
        var wizard = await NewPolicyAsync();
        await wizard.FillAsync("policy-name", "Told apart (home)");
        await wizard.Page.WaitForDraftAddressAsync();
        await wizard.NextAsync("who-can-request");

        await wizard.Page.GotoAsync(PageRoutes.Home);
        await wizard.Page.WaitForInteractiveAsync();

        var entry = wizard.Page.Locator("[data-testid='drafts'] .mud-list-item").Filter(new() { HasText = "Told apart (home)" });
        await Expect(entry).ToContainTextAsync("Marketing Campaign Tools");
        await Expect(entry).ToContainTextAsync("Who can request");
        await Expect(entry.GetByTestId("draft-changed")).ToHaveTextAsync(new Regex(@"^just now \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)$"));
    }

    [Fact]
    public async Task SecondTab_WhoseCopyWentStale_KeepsItAsANewDraftOrReloadsTheLatest()
    {
        var first = await NewPolicyAsync();
        await first.FillAsync("policy-name", "Two tabs");
        await first.Page.WaitForDraftAddressAsync();
        var address = new Uri(first.Page.Url).PathAndQuery;
        var second = await OpenAsync(address);
        var third = await OpenAsync(address);

        await TypeAndSaveAsync(first, "Two tabs (first)");
        await second.FillAsync("policy-name", "Two tabs (second)");
        await Expect(second.Page.GetByTestId("keep-copy")).ToBeVisibleAsync();
        await second.Page.SaveScreenshotAsync("stale-copy-choices");
        await second.Page.GetByTestId("keep-copy").ClickAsync();
        await Expect(second.Page.GetByTestId("save-problem")).ToHaveCountAsync(0);
        await Expect(second.Page).Not.ToHaveURLAsync(new Regex(Regex.Escape(address) + "$"));
        await Expect(second.Input("policy-name")).ToHaveValueAsync("Two tabs (second)");

        await third.FillAsync("policy-name", "Two tabs (third)");
        await third.Page.GetByTestId("reload-latest").ClickAsync();
        await third.Page.WaitForInteractiveAsync();
        await Expect(third.Input("policy-name")).ToHaveValueAsync("Two tabs (first)");

        await first.Page.GotoAsync(PageRoutes.Home);
        await first.Page.WaitForInteractiveAsync();
        await Expect(first.Page.GetByTestId("draft-name").Filter(new() { HasText = "Two tabs (" })).ToHaveTextAsync(["Two tabs (second)", "Two tabs (first)"]);
    }

    [Fact]
    public async Task TextATabKept_WhileTheDraftChangedElsewhere_IsTypedBackOnlyWhenTheAdminSaysSo()
    {
        var wizard = await NewPolicyAsync();
        await TypeAndSaveAsync(wizard, "Changed elsewhere");
        await wizard.Page.WaitForDraftAddressAsync();
        var draftId = await wizard.DraftIdAsync();
        // What a tab holds when it lost its connection mid-typing and another tab saved the draft meanwhile.
        await wizard.Page.EvaluateAsync(
            "id => sessionStorage.setItem('policyPortal.unsent.' + id, JSON.stringify({ version: 'an older one', fields: { DisplayName: 'Typed before the cut' } }))",
            draftId);

        await wizard.Page.ReloadAsync();
        await wizard.Page.WaitForInteractiveAsync();

        await Expect(wizard.Page.GetByTestId("typed-elsewhere")).ToBeVisibleAsync();
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("Changed elsewhere");
        await wizard.CheckAccessibilityAsync("typed-elsewhere-offer");
        var saves = await wizard.SaveCountAsync();
        await wizard.Page.GetByTestId("type-back").ClickAsync();
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("Typed before the cut");
        await wizard.WaitForSaveAfterAsync(saves);
        await Expect(wizard.Page.GetByTestId("typed-elsewhere")).ToHaveCountAsync(0);
    }

    private async Task<WizardPage> NewPolicyAsync()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        return wizard;
    }

    private async Task<WizardPage> OpenAsync(string address)
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(address);
        return wizard;
    }

    private static async Task TypeAndSaveAsync(WizardPage wizard, string name)
    {
        var saves = await wizard.SaveCountAsync();
        await wizard.FillAsync("policy-name", name);
        await wizard.WaitForSaveAfterAsync(saves);
    }
}
