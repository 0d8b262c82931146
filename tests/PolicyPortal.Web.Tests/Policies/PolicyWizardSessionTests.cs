using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Policies;
using PolicyPortal.Web.Tests.Graph;

namespace PolicyPortal.Web.Tests.Policies;

/// <summary>The wizard's flow without a browser: the demo server's real SQLite drafts and the real Graph SDK against the
/// sandbox, a clock the test moves, and each session on a renderer-style dispatcher of its own, as a circuit has.</summary>
public sealed class PolicyWizardSessionTests(SandboxServiceTest<IServiceProvider>.Server server)
    : SandboxServiceTest<IServiceProvider>(server)
{
    private const string PoliciesPath = "/v1.0/identityGovernance/entitlementManagement/assignmentPolicies";
    private const string Package = SandboxSeedIds.AccessPackages.MarketingCampaignTools;
    private const string FirstEdit = "F";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly List<Task> _autosaves = [];
    private TaskCompletionSource? _onScreen; // the form's next render reaching the browser; null: at once
    private readonly CurrentUser _ada = new($"session-test-{Guid.NewGuid():N}", "Ada Admin");
    private readonly DemoPortalServer _portal = server.Portal;

    private IDraftStore Drafts => Service.GetRequiredService<IDraftStore>();

    [Fact]
    public async Task Autosave_OfANewPolicy_StoresItAtItsFirstEdit()
    {
        var (session, ui) = await NewPolicyAsync();

        await ui.InvokeAsync(() => TypeAsync(session, draft => draft.DisplayName = "T"));
        await AdvanceAsync(TimeSpan.Zero);

        (await StoredDraftAsync()).DisplayName.ShouldBe("T", "from now on the browser keeps what is typed under the draft's id");
        session.SaveState.ShouldBe("Draft saved");
    }

    [Fact]
    public async Task Autosave_AfterAPauseInTyping_StoresTheDraft()
    {
        var (session, ui) = await StoredNewPolicyAsync();

        await ui.InvokeAsync(() => TypeAsync(session, draft => draft.DisplayName = "Typed, then a pause"));
        await AdvanceAsync(PolicyWizardSession.AutosaveDelay - TimeSpan.FromMilliseconds(1));

        (await StoredDraftAsync()).DisplayName.ShouldBe(FirstEdit, "the admin may still be typing");
        session.SaveState.ShouldBe("Unsaved changes");
        await AdvanceAsync(TimeSpan.FromMilliseconds(1));
        (await StoredDraftAsync()).DisplayName.ShouldBe("Typed, then a pause");
        session.SaveState.ShouldBe("Draft saved");
    }

    [Fact]
    public async Task Autosave_OfAnEditTheBrowserCannotKeep_IsAtOnce_WhileTypingWaitsForAPause()
    {
        var (session, ui) = await StoredNewPolicyAsync();
        await ui.InvokeAsync(() => TypeAsync(session, draft => draft.DisplayName = "Typed"));
        await AdvanceAsync(TimeSpan.FromMilliseconds(100));
        (await StoredDraftAsync()).DisplayName.ShouldBe(FirstEdit, "typed text waits for a pause; the browser keeps it meanwhile");

        await ui.InvokeAsync(() => TypeAsync(session, draft => draft.Questions.Add(new QuestionDraft())));
        await AdvanceAsync(TimeSpan.Zero);

        var stored = await StoredDraftAsync();
        stored.Questions.ShouldHaveSingleItem("a question added is not typing: no browser copy could bring it back");
        stored.DisplayName.ShouldBe("Typed");
    }

    [Fact]
    public async Task Autosave_WhileTheAdminTypesWithoutPausing_StoresWhatWasTypedAtLeastEveryTwoSeconds()
    {
        var (session, ui) = await StoredNewPolicyAsync();
        var keystroke = TimeSpan.FromMilliseconds(200);
        var perWait = (int)(PolicyWizardSession.MaxAutosaveWait / keystroke);

        for (var typed = 1; typed <= 2 * perWait; typed++)
        {
            await ui.InvokeAsync(() => TypeAsync(session, draft => draft.DisplayName += "x"));
            await AdvanceAsync(keystroke);
            if (typed % perWait == 0)
            {
                (await StoredDraftAsync()).DisplayName.ShouldBe(FirstEdit + new string('x', typed), $"{typed} keystrokes, none a pause");
            }
        }
        session.SaveCount.ShouldBe(3);
    }

    [Fact]
    public async Task Close_WithAnEditNotYetSaved_StoresIt()
    {
        var (session, ui) = await NewPolicyAsync();

        await ui.InvokeAsync(async () =>
        {
            await TypeAsync(session, draft => draft.Description = "Typed just before the tab closed");
            await session.CloseAsync();
        });

        (await StoredDraftAsync()).Description.ShouldBe("Typed just before the tab closed");
    }

    [Fact]
    public async Task StepChange_IsStoredOnceTheNewStepIsOnScreen()
    {
        var (session, ui) = await OnReviewAsync("Stored once on screen");
        _onScreen = new();

        var back = ui.InvokeAsync(session.BackAsync);

        await ui.InvokeAsync(() => session.Wizard!.CurrentStep.ShouldBe(WizardStep.AccessReview)); // queued after Back
        (await StoredStepAsync(session)).ShouldBe(WizardStep.Review.Name, "nothing takes the cores from the render on its way out");
        _onScreen.SetResult();
        await back;
        (await StoredStepAsync(session)).ShouldBe(WizardStep.AccessReview.Name);
        session.SaveState.ShouldBe("Draft saved");
    }

    [Fact]
    public async Task Close_BeforeAStepChangeReachedTheScreen_StoresTheStep()
    {
        var (session, ui) = await OnReviewAsync("Closed before the step showed");
        _onScreen = new();

        _ = ui.InvokeAsync(session.BackAsync); // the tab went away before the render arrived: it never does
        await ui.InvokeAsync(session.CloseAsync);

        (await StoredStepAsync(session)).ShouldBe(WizardStep.AccessReview.Name, "the draft reopens where the admin was");
    }

    [Fact]
    public async Task Autosave_OfACopyAnotherTabChangedSince_IsRefusedSaidAndOverwritesNothing()
    {
        var (first, firstUi) = await NewPolicyAsync();
        await firstUi.InvokeAsync(() => TypeAsync(first, draft => draft.DisplayName = "Shared draft"));
        await AdvanceAsync(PolicyWizardSession.AutosaveDelay);
        await using var otherCircuit = _portal.Services.CreateAsyncScope();
        var (second, secondUi) = await OpenAsync(new WizardStart.ResumeDraft(first.Record!.Id), otherCircuit.ServiceProvider);

        await secondUi.InvokeAsync(() => TypeAsync(second, draft => draft.Description = "Written in the second tab"));
        await AdvanceAsync(PolicyWizardSession.AutosaveDelay);
        await firstUi.InvokeAsync(() => TypeAsync(first, draft => draft.DisplayName = "Renamed in the first tab"));
        await AdvanceAsync(PolicyWizardSession.AutosaveDelay);

        first.SaveProblem.ShouldNotBeNull().ShouldContain("changed in another tab");
        first.SaveState.ShouldNotBe("Draft saved");
        var stored = await StoredDraftAsync();
        stored.DisplayName.ShouldBe("Shared draft");
        stored.Description.ShouldBe("Written in the second tab");
    }

    [Fact]
    public async Task Submit_SendsTheVeryBodyTheReviewShowed()
    {
        var (session, ui) = await OnReviewAsync("Session: as shown");
        var shown = session.Preview!.Json;

        await ui.InvokeAsync(session.SubmitAsync);

        session.Outcome.ShouldBeOfType<SubmitOutcome.Succeeded>().Created.ShouldBeTrue();
        (await Journal.RequestsAsync("POST", PoliciesPath, Ct)).ShouldHaveSingleItem().GetProperty("body").GetString().ShouldBe(shown);
        (await Drafts.GetAsync(_ada.Id, session.Record!.Id, Ct)).ShouldNotBeNull().State.ShouldBe(DraftState.Submitted);
    }

    [Fact]
    public async Task Submit_WhenTheDraftNowMapsToAnotherBody_SendsNothingAndShowsTheNewBodyFirst()
    {
        var drifting = new DriftingGateway(Service.GetRequiredService<IPolicyGateway>());
        var (session, ui) = await OnReviewAsync("Session: mapping drift", drifting);
        var shown = session.Preview!.Json;
        drifting.Drifted = true; // e.g. a mapper that is not deterministic, or changed by a deployment mid-review

        await ui.InvokeAsync(session.SubmitAsync);

        session.Outcome.ShouldBeOfType<SubmitOutcome.PreviewChanged>();
        (await Journal.RequestsAsync("POST", PoliciesPath, Ct)).ShouldBeEmpty();
        var newBody = session.Preview!.Json;
        newBody.ShouldNotBe(shown);
        newBody.ShouldContain(DriftingGateway.Marker);
        (await Drafts.GetAsync(_ada.Id, session.Record!.Id, Ct)).ShouldNotBeNull().State.ShouldBe(DraftState.Draft);

        await ui.InvokeAsync(session.SubmitAsync); // the admin has now seen it

        session.Outcome.ShouldBeOfType<SubmitOutcome.Succeeded>();
        (await Journal.RequestsAsync("POST", PoliciesPath, Ct)).ShouldHaveSingleItem().GetProperty("body").GetString().ShouldBe(newBody);
    }

    [Fact]
    public async Task CheckBeforeSubmit_WhenTheDraftNowMapsToAnotherBody_IsNotReadyAndShowsTheNewBody()
    {
        var drifting = new DriftingGateway(Service.GetRequiredService<IPolicyGateway>());
        var (session, ui) = await OnReviewAsync("Session: drift before asking", drifting);
        drifting.Drifted = true;

        var ready = await ui.InvokeAsync(session.CheckBeforeSubmitAsync);

        ready.ShouldBeFalse();
        session.Outcome.ShouldBeOfType<SubmitOutcome.PreviewChanged>();
        session.Preview!.Json.ShouldContain(DriftingGateway.Marker);
    }

    [Fact]
    public async Task Submit_TwiceAtOnceInOneSession_SendsOnePostAndShowsThePolicyItCreated()
    {
        var (session, ui) = await OnReviewAsync("Session: double click");

        await ui.InvokeAsync(() => Task.WhenAll(session.SubmitAsync(), session.SubmitAsync()));

        (await Journal.RequestsAsync("POST", PoliciesPath, Ct)).ShouldHaveSingleItem();
        session.Outcome.ShouldBeOfType<SubmitOutcome.Succeeded>();
        (await Journal.CountPoliciesNamedAsync("Session: double click", Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Submit_OfOneDraftFromTwoCircuitsAtOnce_SendsOnePostAndTellsTheOtherItWasAlreadySubmitted()
    {
        var (first, firstUi) = await OnReviewAsync("Session: two tabs");
        await using var otherCircuit = _portal.Services.CreateAsyncScope();
        var (second, secondUi) = await OpenAsync(new WizardStart.ResumeDraft(first.Record!.Id), otherCircuit.ServiceProvider);
        second.Wizard!.CurrentStep.ShouldBe(WizardStep.Review); // opened at its saved step, before any render

        await Task.WhenAll(firstUi.InvokeAsync(first.SubmitAsync), secondUi.InvokeAsync(second.SubmitAsync));

        (await Journal.RequestsAsync("POST", PoliciesPath, Ct)).ShouldHaveSingleItem();
        SubmitOutcome[] outcomes = [first.Outcome!, second.Outcome!];
        outcomes.OfType<SubmitOutcome.Succeeded>().ShouldHaveSingleItem();
        outcomes.OfType<SubmitOutcome.AlreadySubmitting>().ShouldHaveSingleItem();

        var loser = first.Outcome is SubmitOutcome.AlreadySubmitting ? (first, firstUi) : (second, secondUi);
        await loser.Item2.InvokeAsync(loser.Item1.SubmitAsync);
        loser.Item1.Outcome.ShouldBeOfType<SubmitOutcome.AlreadySubmitting>();
        (await Journal.RequestsAsync("POST", PoliciesPath, Ct)).ShouldHaveSingleItem();
    }

    /// <summary>A new policy after its first edit, which stores it.</summary>
    private async Task<(PolicyWizardSession Session, Dispatcher Ui)> StoredNewPolicyAsync()
    {
        var (session, ui) = await NewPolicyAsync();
        await ui.InvokeAsync(() => TypeAsync(session, draft => draft.DisplayName = FirstEdit));
        await AdvanceAsync(TimeSpan.Zero);
        (await StoredDraftAsync()).DisplayName.ShouldBe(FirstEdit);
        return (session, ui);
    }

    private async Task<(PolicyWizardSession Session, Dispatcher Ui)> NewPolicyAsync() =>
        await OpenAsync(new WizardStart.NewPolicy(Package, null), Service);

    /// <summary>A complete policy (the external-partners template with seeded people), on the Review step and saved.</summary>
    private async Task<(PolicyWizardSession Session, Dispatcher Ui)> OnReviewAsync(string name, IPolicyGateway? gateway = null)
    {
        var (session, ui) = await OpenAsync(new WizardStart.NewPolicy(Package, null), Service, gateway);
        await ui.InvokeAsync(async () =>
        {
            session.Wizard!.Load(SeededDrafts.ExternalPartners(Package, "Marketing Campaign Tools", name, name + " description"));
            await session.ChangedAsync();
            await session.GoToAsync(WizardStep.Review);
        });
        session.Wizard!.CurrentStep.ShouldBe(WizardStep.Review);
        session.Shown.Issues.ShouldBeEmpty();
        session.Preview.ShouldNotBeNull();
        session.Record.ShouldNotBeNull().CurrentStep.ShouldBe(WizardStep.Review.Name);
        await Journal.ClearAsync(Ct);
        return (session, ui);
    }

    private async Task<(PolicyWizardSession Session, Dispatcher Ui)> OpenAsync(WizardStart start, IServiceProvider circuit, IPolicyGateway? gateway = null)
    {
        var ui = Dispatcher.CreateDefault();
        object[] overrides = gateway is null ? [_time] : [_time, gateway];
        var session = ActivatorUtilities.CreateInstance<PolicyWizardSession>(circuit, overrides);
        session.Attach(work =>
        {
            var save = ui.InvokeAsync(work);
            lock (_autosaves)
            {
                _autosaves.Add(save);
            }
            return save;
        }, () => { }, () => _onScreen?.Task ?? Task.CompletedTask);
        await ui.InvokeAsync(() => session.OpenAsync(start, _ada));
        session.LoadError.ShouldBeNull();
        return (session, ui);
    }

    /// <summary>What a step's field does on input: change the draft, tell the session.</summary>
    private static Task TypeAsync(PolicyWizardSession session, Action<PolicyDraft> edit)
    {
        edit(session.Wizard!.Draft);
        return session.ChangedAsync();
    }

    /// <summary>Moves the clock, then waits for the autosaves it set off.</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        _time.Advance(by);
        Task[] pending;
        lock (_autosaves)
        {
            pending = [.. _autosaves];
            _autosaves.Clear();
        }
        await Task.WhenAll(pending);
    }

    private async Task<string?> StoredStepAsync(PolicyWizardSession session) =>
        (await Drafts.GetAsync(_ada.Id, session.Record!.Id, Ct)).ShouldNotBeNull().CurrentStep;

    private async Task<PolicyDraft> StoredDraftAsync()
    {
        var summary = (await Drafts.ListAsync(_ada.Id, Ct)).ShouldHaveSingleItem();
        var record = await Drafts.GetAsync(_ada.Id, summary.Id, Ct);
        return DraftPayload.TryDeserialize(record.ShouldNotBeNull().PayloadJson).ShouldNotBeNull();
    }

    /// <summary>The real gateway, except that once <see cref="Drifted"/> its mapping adds a marker to the description:
    /// the same draft, another body.</summary>
    private sealed class DriftingGateway(IPolicyGateway inner) : IPolicyGateway
    {
        public const string Marker = "(mapped differently)";

        public bool Drifted { get; set; }

        public PreparedPolicy Prepare(PolicyDraft draft)
        {
            if (!Drifted)
            {
                return inner.Prepare(draft);
            }
            var changed = draft.Clone();
            changed.Description += " " + Marker;
            return inner.Prepare(changed);
        }

        public Task<IReadOnlyList<PolicyDraft>> ListAsync(string accessPackageId, CancellationToken cancellationToken) => inner.ListAsync(accessPackageId, cancellationToken);

        public Task<PolicyDraft> GetAsync(string policyId, CancellationToken cancellationToken) => inner.GetAsync(policyId, cancellationToken);

        public Task<PolicyWrite> SubmitAsync(PreparedPolicy policy, CancellationToken cancellationToken) => inner.SubmitAsync(policy, cancellationToken);

        public Task<PolicyWrite> DeleteAsync(string policyId, CancellationToken cancellationToken) => inner.DeleteAsync(policyId, cancellationToken);
    }
}
