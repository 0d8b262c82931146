using System.Text.Json;
using Microsoft.Playwright;
using PolicyPortal.Core.Wizard;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
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

        // All eight steps are in sight at a laptop's 1280 px, none hidden behind a scroll bar.
        (await wizard.Page.Locator(".mud-stepper-nav").EvaluateAsync<bool>("nav => nav.scrollWidth <= nav.clientWidth")).ShouldBeTrue();
        // Below 1100 px the stepper goes compact: the current step's title shows, the others' only in their buttons'
        // accessible names, and still nothing scrolls.
        await wizard.Page.SetViewportSizeAsync(1024, 800);
        var stepper = wizard.Page.Locator(".mud-stepper-nav");
        await Expect(stepper.GetByText(WizardStep.Basics.Title, new() { Exact = true })).ToBeVisibleAsync();
        (await stepper.GetByText(WizardStep.WhoCanRequest.Title, new() { Exact = true }).EvaluateAsync<double>("title => title.closest('.mud-step-label-content').getBoundingClientRect().width"))
            .ShouldBeLessThanOrEqualTo(1, "another step's title is for screen readers only at this width");
        await Expect(stepper.GetByRole(AriaRole.Tab, new() { Name = "2 " + WizardStep.WhoCanRequest.Title })).ToHaveCountAsync(1);
        (await stepper.EvaluateAsync<bool>("nav => nav.scrollWidth <= nav.clientWidth")).ShouldBeTrue();
        await wizard.Page.SaveScreenshotAsync("wizard-stepper-compact-1024");
        await wizard.Page.SetViewportSizeAsync(1280, 800);
        await wizard.FillAsync("policy-name", "External partners (E2E)");
        await wizard.FillAsync("policy-description", "Partners from connected organizations, approved by sponsors.");
        // Checked with the pointer resting on a step of the stepper: a hovered step must stay readable too.
        await wizard.Page.Locator(".mud-stepper-nav .mud-step").Nth(1).HoverAsync();
        await wizard.CheckAccessibilityAsync("wizard-basics");
        await wizard.NextAsync("who-can-request");

        await wizard.Page.GetByText("All configured connected organizations").ClickAsync();
        await wizard.CheckAccessibilityAsync("wizard-who-can-request");
        await wizard.NextAsync("requestor-options");
        await wizard.CheckAccessibilityAsync("wizard-requestor-options");
        await wizard.NextAsync("approval");

        await wizard.CheckAsync("stage-1-approvers-InternalSponsors");
        await wizard.PickAsync("stage-1-fallback", "adele", "Adele Vance");
        await wizard.PickAsync("stage-1-fallback", "finance", "Finance Approvers");
        await wizard.Page.GetByTestId("add-stage").ClickAsync();
        await wizard.PickAsync("stage-2-approvers", "nestor", "Nestor Wilke");
        await wizard.PickAsync("stage-2-approvers", "partner rev", "Partner Reviewers");
        await wizard.CheckAccessibilityAsync("wizard-approval");
        await wizard.NextAsync("questions");
        await wizard.CheckAccessibilityAsync("wizard-questions");
        await wizard.NextAsync("lifecycle");

        await wizard.Page.GetByText("Never", new() { Exact = true }).ClickAsync();
        await wizard.CheckAccessibilityAsync("wizard-lifecycle");
        await wizard.NextAsync("access-review");

        await wizard.CheckAsync("review-enabled");
        // The first review cannot start in the past: the picker offers no earlier day of this month.
        await wizard.Input("review-start").ClickAsync();
        var days = wizard.Page.Locator(".mud-picker-calendar-day:not(.mud-hidden)");
        await Expect(days.First).ToBeVisibleAsync();
        var today = DateTime.UtcNow.Day;
        var pickableBeforeToday = await days.EvaluateAllAsync<int[]>(
            "(buttons, today) => buttons.filter(b => Number(b.textContent) < today && !b.disabled).map(b => Number(b.textContent))", today);
        pickableBeforeToday.ShouldBeEmpty();
        (await days.EvaluateAllAsync<int[]>("(buttons, today) => buttons.filter(b => Number(b.textContent) === today && !b.disabled).map(b => 1)", today))
            .ShouldHaveSingleItem("today itself can be picked");
        await wizard.Page.Keyboard.PressAsync("Escape");
        await wizard.ChooseAsync("review-frequency", "Quarterly");
        await wizard.PickAsync("reviewers", "partner rev", "Partner Reviewers");
        await wizard.CheckAccessibilityAsync("wizard-access-review");
        await wizard.NextAsync("review");

        await Expect(wizard.Page.GetByTestId("review-valid")).ToBeVisibleAsync();
        await Expect(wizard.Page.GetByTestId("policy-summary")).ToContainTextAsync("Adele Vance");
        var preview = await wizard.Page.GetByTestId("policy-json").TextContentAsync();
        await wizard.CheckAccessibilityAsync("wizard-review");

        await wizard.Page.GetByTestId("submit-policy").ClickAsync();
        await wizard.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Expect(wizard.Page.GetByTestId("submit-result")).ToBeVisibleAsync();

        var post = (await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
        post.GetProperty("body").GetString().ShouldBe(preview);
        GraphSchema.ShouldBeValid(preview!, "the body the sandbox received");
        using var sent = JsonDocument.Parse(preview!);
        sent.RootElement.GetProperty("allowedTargetScope").GetString().ShouldBe("allConfiguredConnectedOrganizationUsers");
        sent.RootElement.GetProperty("requestApprovalSettings").GetProperty("stages").GetArrayLength().ShouldBe(2);
        (await wizard.Page.GetByTestId("created-policy-id").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();

        // The audit log lists the create and opens it: the exact body sent, Graph's status and request id; the CSV
        // export carries the body too.
        await wizard.Page.GetByTestId("nav-audit").ClickAsync();
        var row = wizard.Page.GetByTestId("audit-entries").Locator("tr").Filter(new() { Has = wizard.Page.GetByTestId("audit-policy").Filter(new() { HasText = "External partners (E2E)" }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("audit-status")).ToHaveTextAsync(post.GetProperty("status").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.GetByTestId("audit-details-toggle").ClickAsync();
        var detail = wizard.Page.GetByTestId("audit-detail");
        (await detail.GetByTestId("audit-body").TextContentAsync()).ShouldBe(preview);
        await Expect(detail).ToContainTextAsync("HTTP status 201");
        await Expect(detail).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Graph request id [0-9a-f-]{36}"));
        await wizard.CheckAccessibilityAsync("audit-entry-open");
        var csv = await (await wizard.Page.APIRequest.GetAsync(PageRoutes.AuditCsv + "?text=External%20partners%20(E2E)")).TextAsync();
        csv.ShouldContain("External partners (E2E)");
        csv.ShouldContain("allConfiguredConnectedOrganizationUsers");
    }

    [Fact]
    public async Task PackageField_SearchesGraphAsTheAdminTypes_AndTakesThePickedPackage()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.PolicyWizard);
        await portal.Sandbox.ClearAsync(TestContext.Current.CancellationToken);

        await wizard.Input("access-package").FillAsync("campaign");
        var options = wizard.Page.GetByTestId("access-package-option");
        await Expect(options).ToHaveCountAsync(1);
        await Expect(options).ToContainTextAsync("Marketing Campaign Tools");
        await options.ClickAsync();

        await Expect(wizard.Input("access-package")).ToHaveValueAsync("Marketing Campaign Tools");
        var asked = (await portal.Sandbox.RequestsAsync("GET", "/accessPackages", TestContext.Current.CancellationToken))
            .Select(r => Uri.UnescapeDataString(r.GetProperty("path").GetString()!)).ToList();
        asked.ShouldContain(path => path.Contains("$filter=contains(tolower(displayName),'campaign')", StringComparison.Ordinal), $"Graph filters, not the page: {string.Join(" | ", asked)}");
        asked.ShouldAllBe(path => path.Contains("$top=", StringComparison.Ordinal), "never the whole tenant");
        await wizard.FillAsync("policy-name", "Picked by search");
        await wizard.FillAsync("policy-description", "The package was found by typing.");
        await wizard.CheckAccessibilityAsync("wizard-basics-package-search");
        await wizard.NextAsync("who-can-request");
        await wizard.BackAsync("basics");
        await Expect(wizard.Input("access-package")).ToHaveValueAsync("Marketing Campaign Tools");
    }

    [Fact]
    public async Task PackageField_WhenGraphFails_SaysSoOnTheField_AndNotThatNoPackageMatches()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.PolicyWizard);
        await portal.Sandbox.FailNextAsync("GET", "/v1.0/identityGovernance/entitlementManagement/accessPackages", 500, count: 1, retryAfterSeconds: null,
            TestContext.Current.CancellationToken);

        await wizard.Input("access-package").FillAsync("campaign");

        await Expect(wizard.Step("basics")).ToContainTextAsync("Microsoft Graph failed to list the access packages");
        await Expect(wizard.Page.GetByText("No access package has that in its name.")).ToHaveCountAsync(0);
        await portal.Sandbox.ClearFaultsAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task BrokenRule_CannotBeSubmitted_AndTheMessageSitsOnItsStepAndField()
    {
        // The class shares one server: another test's POST must not count here.
        await portal.Sandbox.ClearAsync(TestContext.Current.CancellationToken);
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.FillAsync("policy-name", "Manager approval without fallback");
        await wizard.FillAsync("policy-description", "Breaks the fallback rule on purpose.");
        await wizard.NextUntilAsync("approval");

        await wizard.CheckAsync("stage-1-approvers-RequestorManager");
        // Arriving says nothing yet: the step is not marked before the admin tries to leave it.
        var approvalTab = wizard.Page.Locator(".mud-stepper-nav").GetByRole(AriaRole.Tab, new() { Name = WizardStep.Approval.Title });
        await Expect(approvalTab).Not.ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("needs fixing"));
        await wizard.Page.GetByTestId("wizard-next").ClickAsync();

        // Blocked on Approval, with the message at the stage's fallback approvers: announced, focused, and on the tab.
        await Expect(wizard.Page.GetByTestId("step-issues")).ToContainTextAsync("fallback");
        await Expect(wizard.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Fix these to continue" })).ToBeFocusedAsync();
        await Expect(approvalTab).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex(@"^4\s*Approval\s*\(needs fixing\)$"));
        (await wizard.CurrentStepAsync()).ShouldBe("approval");
        await Expect(wizard.Page.GetByTestId("stage-1-approvers-picker").Or(wizard.Page.GetByTestId("stage-1-fallback-picker"))
            .Locator(".mud-input-helper-text.mud-input-error, .mud-input-error").First).ToBeVisibleAsync();

        // Jumping to Review through the stepper is refused too: nothing can be submitted.
        await wizard.Page.GetByText("Review and submit").ClickAsync();
        (await wizard.CurrentStepAsync()).ShouldBe("approval");
        (await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Fact]
    public async Task NamesWithMarkup_AreShownAsTextInThePickerChipsAndSummary()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.FillAsync("policy-name", "Ops approval");
        await wizard.FillAsync("policy-description", "Approved by the <b>Ops</b> group.");
        await wizard.NextUntilAsync("approval");

        await wizard.PickAsync("stage-1-approvers", "ops", "<b>Ops</b>");
        await wizard.NextUntilAsync("review");

        await Expect(wizard.Page.GetByTestId("policy-summary")).ToContainTextAsync("<b>Ops</b>");
        (await wizard.Page.Locator("main b").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Picker_TypingAtHumanSpeed_SearchesNoSingleLetterAndShowsOnlyTheFinalQuerysAnswer()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.FillAsync("policy-name", "Picker test");
        await wizard.FillAsync("policy-description", "Counts Graph requests.");
        await wizard.NextUntilAsync("approval");
        await portal.Sandbox.ClearAsync(TestContext.Current.CancellationToken);

        // As a person does: click into the box, then type at about 60 ms a key.
        var input = wizard.Input("stage-1-approvers-picker");
        await input.ClickAsync();
        await Expect(input).ToBeFocusedAsync();
        await input.PressSequentiallyAsync("meg", new() { Delay = 60 });
        var options = wizard.Page.GetByTestId("picker-option");
        await Expect(options.Filter(new() { HasText = "Megan Bowen" })).ToBeVisibleAsync();

        // What shows answers "meg", never an older, broader query that came back late.
        foreach (var text in await options.AllInnerTextsAsync())
        {
            text.ShouldContain("meg", Case.Insensitive);
        }
        // One $batch per settled query is what the debounce gives at this speed (bench/ counts it: 10 of 10); here, on a
        // machine that may stall between keys, only what cannot vary: no one-letter search, and "meg" asked last.
        var batches = await portal.Sandbox.RequestsAsync("POST", "/$batch", TestContext.Current.CancellationToken);
        batches.Count.ShouldBeInRange(1, 2);
        var queries = batches
            .Select(b => b.GetProperty("requests").EnumerateArray().Select(r => Uri.UnescapeDataString(r.GetProperty("url").GetString()!)).ToList())
            .ToList();
        queries.ShouldAllBe(urls => urls.All(url => url.Contains("displayName:me", StringComparison.Ordinal)));
        queries[^1].ShouldAllBe(url => url.Contains("displayName:meg", StringComparison.Ordinal));
    }
}
