using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Graph throttles and fails; admins double-click and open two tabs: a policy is created once or not at all.</summary>
public sealed class SubmitReliabilityTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string PoliciesPath = "/v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_WhenGraphThrottlesTheFirstPost_WaitsRetryAfterAndCreatesThePolicyOnce()
    {
        const string name = "Throttled once (E2E)";
        await portal.Sandbox.ResetAsync(Ct);
        var wizard = await ReadyToSubmitAsync(name);
        await portal.Sandbox.FailNextAsync("POST", PoliciesPath, status: 429, count: 1, retryAfterSeconds: 1, Ct);

        await wizard.SubmitAsync("Create");

        var posts = await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", Ct);
        posts.Select(p => p.GetProperty("status").GetInt32()).ShouldBe([429, 201]);
        var waited = posts[1].GetProperty("timestamp").GetDateTimeOffset() - posts[0].GetProperty("timestamp").GetDateTimeOffset();
        waited.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900), "the SDK's retry honours Retry-After: 1");
        posts[1].GetProperty("body").GetString().ShouldBe(posts[0].GetProperty("body").GetString());
        (await portal.Sandbox.CountPoliciesNamedAsync(name, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Submit_WhenGraphFailsEveryTry_SaysSoPlainlyCreatesNothingAndKeepsTheDraftSubmittable()
    {
        const string name = "Graph down (E2E)";
        await portal.Sandbox.ResetAsync(Ct);
        var wizard = await ReadyToSubmitAsync(name);
        var draftId = await wizard.DraftIdAsync();
        await portal.Sandbox.FailNextAsync("POST", PoliciesPath, status: 503, count: 10, retryAfterSeconds: 1, Ct);

        await wizard.Page.GetByTestId("submit-policy").ClickAsync();
        await wizard.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();

        var error = wizard.Page.GetByTestId("submit-error");
        await Expect(error).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var message = await error.InnerTextAsync();
        message.ShouldContain("Microsoft Graph");
        foreach (var raw in new[] { "serviceNotAvailable", "injected", "{", "Exception", "HTTP request failed", "503" })
        {
            message.ShouldNotContain(raw, Case.Insensitive, "Graph's own text is for developers");
        }
        var posts = await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", Ct);
        posts.ShouldNotBeEmpty();
        posts.ShouldAllBe(p => p.GetProperty("status").GetInt32() == 503);
        (await portal.Sandbox.CountPoliciesNamedAsync(name, Ct)).ShouldBe(0);

        // A fresh page on the same draft: everything is there, and it can be sent once Graph is back.
        await portal.Sandbox.ClearFaultsAsync(Ct);
        var reopened = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await reopened.Page.GotoAsync(PageRoutes.ResumeDraft(Guid.Parse(draftId)));
        await reopened.Page.WaitForInteractiveAsync();
        await Expect(reopened.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "review");
        await Expect(reopened.Page.GetByTestId("policy-summary")).ToContainTextAsync("Adele Vance");
        await reopened.SubmitAsync("Create");
        (await portal.Sandbox.CountPoliciesNamedAsync(name, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Submit_DoubleClickedAndConfirmedTwice_SendsOnePost()
    {
        const string name = "Double click (E2E)";
        await portal.Sandbox.ResetAsync(Ct);
        var wizard = await ReadyToSubmitAsync(name);

        await wizard.Page.GetByTestId("submit-policy").DblClickAsync();
        await wizard.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).DblClickAsync();

        await Expect(wizard.Page.GetByTestId("submit-result")).ToBeVisibleAsync();
        await Expect(wizard.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        (await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", Ct)).ShouldHaveSingleItem();
        (await portal.Sandbox.CountPoliciesNamedAsync(name, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Submit_OfOneDraftInTwoTabsAtOnce_SendsOnePostAndTheOtherTabSaysItWasAlreadySubmitted()
    {
        const string name = "Two tabs (E2E)";
        await portal.Sandbox.ResetAsync(Ct);
        var first = await ReadyToSubmitAsync(name);
        var draft = PageRoutes.ResumeDraft(Guid.Parse(await first.DraftIdAsync()));
        await first.Page.GotoAsync(draft);
        await first.Page.WaitForInteractiveAsync();
        var second = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await second.Page.GotoAsync(draft);
        await second.Page.WaitForInteractiveAsync();
        WizardPage[] tabs = [first, second];
        foreach (var tab in tabs)
        {
            await Expect(tab.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "review");
            await tab.Page.GetByTestId("submit-policy").ClickAsync();
        }

        await Task.WhenAll(tabs.Select(tab =>
            tab.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync()));

        foreach (var tab in tabs)
        {
            await Expect(tab.Page.GetByTestId("submit-result").Or(tab.Page.GetByTestId("submit-duplicate"))).ToBeVisibleAsync();
        }
        var results = await Task.WhenAll(tabs.Select(tab => tab.Page.GetByTestId("submit-result").CountAsync()));
        results.Sum().ShouldBe(1, "one tab created the policy; the other was told it already was");
        var loser = tabs[Array.IndexOf(results, 0)];
        (await loser.Page.GetByTestId("save-problem").CountAsync()).ShouldBe(0, "no conflict warning: the draft was submitted, not edited elsewhere");

        // Pressing Submit again in the other tab still sends nothing.
        await loser.Page.GetByTestId("submit-policy").ClickAsync();
        await loser.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Expect(loser.Page.GetByTestId("submit-duplicate")).ToBeVisibleAsync();
        (await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", Ct)).ShouldHaveSingleItem();
        (await portal.Sandbox.CountPoliciesNamedAsync(name, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task PackagePolicies_WhenGraphRefusesToListThem_TheWizardOpensSaysWhichChecksWaitAndCatchesUpOnNext()
    {
        await portal.Sandbox.ResetAsync(Ct);
        await portal.Sandbox.FailNextAsync("GET", PoliciesPath, status: 403, count: 1, retryAfterSeconds: null, Ct);
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());

        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));

        var problem = wizard.Page.GetByTestId("package-context-problem");
        await Expect(problem).ToContainTextAsync("could not be read");
        await wizard.FillAsync("policy-name", "Package checks later (E2E)");
        await wizard.FillAsync("policy-description", "Opened while Graph refused the package's policies.");
        await wizard.NextAsync("who-can-request");
        await Expect(problem).ToHaveCountAsync(0);
    }

    /// <summary>A complete policy for Marketing Campaign Tools (Adele Vance approves), on the Review step and saved.</summary>
    private async Task<WizardPage> ReadyToSubmitAsync(string name)
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.FillAsync("policy-name", name);
        await wizard.FillAsync("policy-description", "Built to test submitting.");
        await wizard.NextUntilAsync("approval");
        await wizard.PickAsync("stage-1-approvers", "adele", "Adele Vance");
        await wizard.NextUntilAsync("review");
        await Expect(wizard.Page.GetByTestId("review-valid")).ToBeVisibleAsync();
        await Expect(wizard.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-draft-id", new System.Text.RegularExpressions.Regex("^[0-9a-f-]{36}$"));
        return wizard;
    }
}
