using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E.Pages;

/// <summary>Half a policy, as the crash and scale-out tests leave it and find it again.</summary>
public static class HalfPolicy
{
    public const string Description = "Sales contractors; Adele Vance approves. ‹kept›";

    /// <summary>Basics, Who can request (specific users and groups: Sales Team) and Adele Vance as stage 1 approver; saved.</summary>
    public static async Task FillAsync(WizardPage wizard, string name)
    {
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.FillAsync("policy-name", name);
        await wizard.FillAsync("policy-description", Description);
        await wizard.NextAsync("who-can-request");
        await wizard.Page.GetByText("Specific users and groups in your directory").ClickAsync();
        await wizard.PickAsync("targets", "sales team", "Sales Team");
        await wizard.NextAsync("requestor-options");
        await wizard.NextAsync("approval");

        var saves = await wizard.SaveCountAsync();
        await wizard.PickAsync("stage-1-approvers", "adele", "Adele Vance");
        // The pick is saved by the autosave (debounced), not by leaving the step: wait for exactly that save.
        await wizard.WaitForSaveAfterAsync(saves);
    }

    public static async Task ExpectIntactAsync(WizardPage wizard, string name)
    {
        var page = wizard.Page;
        // The draft loads from the database and Graph first: allow for a loaded machine.
        await Expect(page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "approval", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("stage-1-approvers-picker").GetByTestId("picked-name")).ToHaveTextAsync(["Adele Vance"]);

        await page.GetByTestId("wizard-back").ClickAsync();
        await Expect(page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "requestor-options");
        await page.GetByTestId("wizard-back").ClickAsync();
        await Expect(page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "who-can-request");
        await Expect(wizard.Input("scope-SpecificDirectoryUsers")).ToBeCheckedAsync();
        await Expect(page.GetByTestId("targets-picker").GetByTestId("picked-name")).ToHaveTextAsync(["Sales Team"]);
        await page.GetByTestId("wizard-back").ClickAsync();
        await Expect(page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "basics");
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync(name);
        await Expect(wizard.Input("policy-description")).ToHaveValueAsync(Description);
        await Expect(wizard.Input("access-package")).ToHaveValueAsync("Marketing Campaign Tools");
    }
}
