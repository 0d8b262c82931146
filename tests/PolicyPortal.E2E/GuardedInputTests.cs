using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Fields never store other than what they show, say their range, fit a phone, and a change that breaks a later
/// step is told where it is made.</summary>
public sealed class GuardedInputTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task DurationField_RefusesWhatIsNotAWholeNumberInRange_AndShowsTheValueItKeeps()
    {
        var wizard = await NewPolicyAsync("Guarded numbers");
        await wizard.NextUntilAsync("approval");
        var timeout = wizard.Input("stage-1-timeout-amount");
        var kept = await timeout.InputValueAsync();
        await Expect(wizard.Step("approval")).ToContainTextAsync("A whole number from 1 to 3660.");

        foreach (var typed in new[] { "abc", "-5", "99999", "1e3" })
        {
            await timeout.FillAsync(typed);
            await timeout.BlurAsync();
            await Expect(wizard.Step("approval")).ToContainTextAsync($"“{typed}” is not a whole number from 1 to 3660, so {kept} is kept.");
            await Expect(timeout).ToHaveValueAsync(kept);
        }
        await wizard.Page.SaveScreenshotAsync("duration-refused");

        await timeout.FillAsync("7");
        await timeout.BlurAsync();
        await Expect(wizard.Step("approval")).Not.ToContainTextAsync("is not a whole number");
        await wizard.Page.GetByTestId("wizard-back").ClickAsync();
        await wizard.NextAsync("approval");
        await Expect(timeout).ToHaveValueAsync("7");
    }

    [Fact]
    public async Task ReviewNumbers_RefuseWhatIsNotAWholeNumberInRange_AndAnEmptyDayMeansTheStartDatesDay()
    {
        var wizard = await NewPolicyAsync("Guarded review numbers");
        await wizard.NextUntilAsync("approval");
        await wizard.Input("approval-required").UncheckAsync();
        await wizard.NextUntilAsync("access-review");
        await wizard.CheckAsync("review-enabled");
        var step = wizard.Step("access-review");
        var day = wizard.Input("review-day-of-month");
        await Expect(step).ToContainTextAsync("A whole number from 1 to 31, or empty: the start date's day.");

        await day.FillAsync("15");
        await day.BlurAsync();
        foreach (var typed in new[] { "0", "32", "abc", "7.5" })
        {
            await day.FillAsync(typed);
            await day.BlurAsync();
            await Expect(step).ToContainTextAsync($"“{typed}” is not a whole number from 1 to 31, so 15 is kept.");
            await Expect(day).ToHaveValueAsync("15");
        }
        await day.FillAsync("");
        await day.BlurAsync();
        await Expect(step).Not.ToContainTextAsync("is not a whole number");

        await wizard.ChooseAsync("review-range", "After a number of reviews");
        var count = wizard.Input("review-occurrences");
        await Expect(step).ToContainTextAsync("A whole number of 1 or more.");
        foreach (var typed in new[] { "0", "-2", "1e3" })
        {
            await count.FillAsync(typed);
            await count.BlurAsync();
            await Expect(step).ToContainTextAsync($"“{typed}” is not a whole number of 1 or more, so the box stays empty.");
            await Expect(count).ToHaveValueAsync("");
        }
        await wizard.Page.SaveScreenshotAsync("review-numbers-refused");
        await count.FillAsync("4");
        await count.BlurAsync();

        // What the boxes show is what the draft holds: leaving the step and coming back shows the same.
        await wizard.BackAsync("lifecycle");
        await wizard.NextAsync("access-review");
        await Expect(day).ToHaveValueAsync("");
        await Expect(count).ToHaveValueAsync("4");
        await Expect(step).Not.ToContainTextAsync("is not a whole number");
    }

    [Fact]
    public async Task DurationLabels_WrapOnAPhone_AndTheUnitSitsInItsBox()
    {
        var wizard = await NewPolicyAsync("Phone-sized durations");
        await wizard.NextUntilAsync("approval");
        await wizard.Page.SetViewportSizeAsync(390, 844);
        await wizard.CheckAsync("stage-1-escalation");

        foreach (var (testId, question) in new[]
        {
            ("stage-1-timeout", "Deny automatically if nobody decides within"),
            ("stage-1-escalation-after", "Forward to alternate approvers after"),
        })
        {
            var input = wizard.Input($"{testId}-amount");
            // The question is the box's label and shows whole: nothing cut off.
            await Expect(input).ToHaveAccessibleNameAsync(question);
            var label = wizard.Page.Locator($"label[for='{testId}-input']");
            (await label.EvaluateAsync<bool>("l => l.scrollWidth <= l.clientWidth && l.getBoundingClientRect().right <= window.innerWidth")).ShouldBeTrue(question);
            // "days" is inside the outlined box, right after the number.
            var box = (await input.Locator("xpath=ancestor::div[contains(@class,'mud-input')][1]").BoundingBoxAsync())!;
            var unit = (await input.Locator("xpath=ancestor::div[contains(@class,'mud-input')][1]").GetByText("days", new() { Exact = true }).BoundingBoxAsync())!;
            (unit.X >= box.X && unit.X + unit.Width <= box.X + box.Width).ShouldBeTrue($"{question}: the unit is inside its box");
        }
        (await wizard.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no sideways scroll");
        await wizard.Page.SaveScreenshotAsync("duration-labels-390");
    }

    [Fact]
    public async Task ScopeChange_ThatRulesOutTheApprovers_IsFlaggedOnWhoCanRequestAtOnce()
    {
        var wizard = await NewPolicyAsync("Sponsors, then members");
        await wizard.NextAsync("who-can-request");
        await wizard.Page.GetByText("All configured connected organizations").ClickAsync();
        await wizard.NextUntilAsync("approval");
        await wizard.CheckAsync("stage-1-approvers-InternalSponsors");
        await wizard.PickAsync("stage-1-fallback", "adele", "Adele Vance");
        // Back through the stepper's own tab: the whole wizard follows it, not only the stepper.
        await wizard.Page.GetByRole(AriaRole.Tab, new() { Name = "2 Who can request" }).ClickAsync();
        await Expect(wizard.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "who-can-request");

        await wizard.CheckAsync("scope-AllMemberUsers");

        // Told here and now, announced, naming the stage and the fix, with the way to it.
        var knockOn = wizard.Page.GetByTestId("knock-on");
        await Expect(knockOn).ToHaveAttributeAsync("role", "alert");
        await Expect(knockOn).ToContainTextAsync("Approval: Stage 1: \"Internal sponsors\" only exist for users of connected organizations");
        await Expect(knockOn).ToContainTextAsync("Choose other approvers, or a connected-organization scope.");
        await wizard.CheckAccessibilityAsync("knock-on-who-can-request");

        await wizard.CheckAsync("scope-AllConfiguredConnectedOrganizationUsers");
        await Expect(knockOn).ToHaveCountAsync(0);
        await wizard.CheckAsync("scope-AllMemberUsers");
        await knockOn.GetByTestId("knock-on-go-approval").ClickAsync();
        await Expect(wizard.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "approval");
    }

    private async Task<WizardPage> NewPolicyAsync(string name)
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.FillAsync("policy-name", name);
        await wizard.FillAsync("policy-description", "Typed numbers are read strictly.");
        return wizard;
    }
}
