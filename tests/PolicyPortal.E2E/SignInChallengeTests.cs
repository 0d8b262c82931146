using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Security;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Tenant mode in a real browser: the fake Entra ID signs the admin in, the demo server's sandbox stands in for
/// Graph. Mid-wizard, Entra ID answers a token refresh with "sign in interactively" (a Conditional Access MFA step-up).</summary>
public sealed class SignInChallengeTests : IAsyncLifetime
{
    private TenantBrowser _tenant = default!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TenantBrowser.StartAsync(FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin));
        // Short-lived tokens: MSAL refreshes before every Graph call, so the step-up meets the next one, whichever it is.
        _tenant.Authority.AccessTokenLifetime = TimeSpan.FromMinutes(4);
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task StepUpDuringTheApproverSearch_SignsInAgainAndReturnsToTheSameDraftAndStepWithWhatWasTyped()
    {
        var wizard = new WizardPage(await _tenant.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.FillAsync("policy-name", "Signed in twice (E2E)");
        await wizard.FillAsync("policy-description", "Typed before Entra ID asked for MFA.");
        await wizard.NextUntilAsync("approval");
        var draftId = await wizard.DraftIdAsync();
        _tenant.Authority.SignIns.ShouldBe(1);

        _tenant.Authority.RequireInteractionAtNextRefresh();
        // The page already has the draft's address: what shows the round trip is the browser loading it again, after Entra ID.
        var backAtTheDraft = wizard.Page.WaitForRequestAsync(request => request.IsNavigationRequest
            && request.Url.EndsWith(PageRoutes.ResumeDraft(Guid.Parse(draftId)), StringComparison.Ordinal), new() { Timeout = 60_000 });
        await wizard.Input("stage-1-approvers-picker").PressSequentiallyAsync("adele");

        await backAtTheDraft;
        await wizard.Page.WaitForLoadStateAsync();
        await wizard.Page.WaitForInteractiveAsync();
        await Expect(wizard.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "approval");
        await Expect(wizard.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-draft-id", draftId);
        _tenant.Authority.SignIns.ShouldBe(2, "the admin went through Entra ID again");
        await wizard.PickAsync("stage-1-approvers", "adele", "Adele Vance");
        await wizard.NextUntilAsync("review");
        var json = wizard.Page.GetByTestId("policy-json");
        await Expect(json).ToContainTextAsync("\"displayName\":\"Signed in twice (E2E)\"");
        await Expect(json).ToContainTextAsync("\"description\":\"Typed before Entra ID asked for MFA.\"");
        await Expect(wizard.Page.GetByTestId("policy-summary")).ToContainTextAsync("Stage 1: approved by Adele Vance.");
        await wizard.SubmitAsync("Create");
        using var sandbox = new SandboxJournal(_tenant.Graph);
        (await sandbox.CountPoliciesNamedAsync("Signed in twice (E2E)", TestContext.Current.CancellationToken)).ShouldBe(1);
    }
}
