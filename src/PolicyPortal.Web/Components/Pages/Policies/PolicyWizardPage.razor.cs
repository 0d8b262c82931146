using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Templates;
using PolicyPortal.Core.Validation;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Policies;

namespace PolicyPortal.Web.Components.Pages.Policies;

/// <summary>The policy wizard: new, edit, clone, resume. The rules live in <see cref="PolicyWizard"/>; this page shows
/// them, autosaves the draft, and submits once through <see cref="PolicySubmitter"/>.</summary>
public sealed partial class PolicyWizardPage
{
    /// <summary>Typing pauses this long before the draft is saved; leaving a step saves at once.</summary>
    private static readonly TimeSpan AutosaveDelay = TimeSpan.FromMilliseconds(600);

    private readonly CancellationTokenSource _disposed = new();
    private readonly SemaphoreSlim _saving = new(1, 1);
    private readonly HashSet<WizardStep> _visited = [];
    private PolicyWizard? _wizard;
    private CurrentUser? _user;
    private DraftRecord? _record;
    private DraftSummary? _resumable;
    private WizardStep? _resumeAt;
    private IReadOnlyList<AccessPackageInfo> _packages = [];
    private IReadOnlyList<PolicyDraft> _packagePolicies = [];
    private Task<IReadOnlyList<PolicyDraft>>? _packagePoliciesLoad;
    private string? _contextProblem;
    private PolicyDraft? _original;
    private string? _contextPackageId;
    private PolicyValidationReport _shown = PolicyValidationReport.Valid;
    private PreparedPolicy? Preview { get; set; }
    private SubmitOutcome? _outcome;
    private string? _loadError;
    private string? _saveProblem;
    private string? _saveState;
    private bool _submitting;
    private int _saveCount;
    private int _edits;
    private CancellationTokenSource? _pendingSave;

    [Parameter]
    public string? PolicyId { get; set; }

    [SupplyParameterFromQuery(Name = "package")]
    public string? PackageId { get; set; }

    [SupplyParameterFromQuery(Name = "template")]
    public string? TemplateKey { get; set; }

    [SupplyParameterFromQuery(Name = "draft")]
    public Guid? DraftId { get; set; }

    [Inject] private IPolicyGateway Gateway { get; set; } = default!;
    [Inject] private IAccessPackageCatalog Catalog { get; set; } = default!;
    [Inject] private IDirectoryNames Names { get; set; } = default!;
    [Inject] private IDraftStore Drafts { get; set; } = default!;
    [Inject] private PolicySubmitter Submitter { get; set; } = default!;
    [Inject] private PolicyDraftValidator Validator { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private bool IsClone => PolicyId is not null && Navigation.Uri.Contains("/clone", StringComparison.OrdinalIgnoreCase);

    // A resumed draft keeps the mode it was started in (its URL is always /policies/new?draft=...).
    private DraftMode Mode => _record?.Mode ?? (PolicyId is null ? DraftMode.Create : IsClone ? DraftMode.Clone : DraftMode.Edit);

    private string Heading => Mode switch
    {
        DraftMode.Edit => $"Edit policy “{_wizard?.Draft.DisplayName}”",
        DraftMode.Clone => "Clone a policy",
        _ => "New assignment policy",
    };

    private CancellationToken Lifetime => _disposed.Token;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _user = await CurrentUser.FromAsync(Authentication);
            // Independent reads side by side: the wizard shows when the slowest is in, not after their sum.
            var packages = Catalog.ListAsync(null, Lifetime);
            var drafts = PolicyId is null && DraftId is null ? Drafts.ListAsync(_user.Id, Lifetime) : null;
            if (PolicyId is null && DraftId is null && PackageId is not null)
            {
                // A new policy's package comes with the link: its policies load with the rest.
                StartLoadingPackagePolicies(PackageId);
            }
            _packages = await packages;
            var draft = await StartingDraftAsync();
            if (draft is null)
            {
                return;
            }
            await NameSubjectsAsync(draft);
            _wizard = new PolicyWizard(Validator, draft);
            await EnsurePackageContextAsync();
            if (drafts is not null && await drafts is [var latest, ..])
            {
                _resumable = latest;
            }
        }
        catch (GatewayException error)
        {
            _loadError = error.Message;
        }
    }

    private async Task<PolicyDraft?> StartingDraftAsync()
    {
        if (DraftId is { } draftId)
        {
            return await ResumeDraftAsync(draftId);
        }
        if (PolicyId is not null)
        {
            var existing = await Gateway.GetAsync(PolicyId, Lifetime);
            if (!IsClone)
            {
                // Kept as Graph has it, for the "what this update changes" list.
                _original = existing.Clone();
                return existing;
            }
            var clone = existing.CloneAsNew();
            clone.DisplayName = $"Copy of {existing.DisplayName}";
            return clone;
        }

        var package = _packages.FirstOrDefault(p => p.Id == PackageId);
        var reference = new AccessPackageReference { Id = package?.Id, DisplayName = package?.DisplayName };
        return PolicyTemplates.Find(TemplateKey ?? string.Empty)?.Create(reference) ?? new PolicyDraft { AccessPackage = reference };
    }

    private async Task<PolicyDraft?> ResumeDraftAsync(Guid draftId)
    {
        var record = await Drafts.GetAsync(_user!.Id, draftId, Lifetime);
        var draft = record is null ? null : DraftPayload.TryDeserialize(record.PayloadJson);
        if (record is null || draft is null)
        {
            _loadError = "That draft no longer exists (it was submitted or discarded). Start a new policy from the home page.";
            return null;
        }
        _record = record;
        _resumeAt = WizardStep.FromName(record.CurrentStep ?? string.Empty) is { } step && step != WizardStep.Basics ? step : null;
        if (record is { Mode: DraftMode.Edit, SourcePolicyId: { } sourceId, State: DraftState.Draft })
        {
            _original = await Gateway.GetAsync(sourceId, Lifetime);
        }
        if (record.State == DraftState.Submitting)
        {
            // The last submit lost its answer (closed tab, restart): settle it from what Graph has before anything else.
            _outcome = await Submitter.ResumeAsync(_user, record, draft, Lifetime);
            _record = await Drafts.GetAsync(_user.Id, draftId, Lifetime);
        }
        else if (record.State == DraftState.Submitted && record.SubmittedPolicyId is { } policyId)
        {
            _outcome = new SubmitOutcome.Succeeded(policyId, record.Mode == DraftMode.Create);
        }
        return draft;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // A resumed draft opens at the step it was saved at, once the stepper and its steps have rendered. Keyed on
        // the wizard having rendered, not on the first render: that one may already include it.
        if (_wizard is null || _resumeAt is not { } step)
        {
            return;
        }
        _resumeAt = null;
        _wizard.GoTo(step);
        MarkVisitedUpTo(_wizard.CurrentStep);
        RefreshPreview();
        StateHasChanged();
    }

    /// <summary>Subjects that came with only an id (pasted JSON, another tool's policy) get their names from the directory;
    /// when it cannot answer they keep the id, and the summary says so.</summary>
    private async Task NameSubjectsAsync(PolicyDraft draft)
    {
        if (SubjectNaming.Unnamed(draft) is { Count: > 0 } unnamed)
        {
            try
            {
                SubjectNaming.Apply(draft, await Names.FindAsync(unnamed, Lifetime));
            }
            catch (GatewayException)
            {
                // Names are a courtesy here: the ids are what Graph needs.
            }
        }
    }

    private void StartLoadingPackagePolicies(string? packageId)
    {
        _contextPackageId = packageId;
        _packagePoliciesLoad = packageId is null ? Task.FromResult<IReadOnlyList<PolicyDraft>>([]) : Gateway.ListAsync(packageId, Lifetime);
    }

    /// <summary>The chosen package's policies (for the package-wide rules and the lint), loaded once per package and
    /// awaited before anything validates: a package chosen a moment ago is checked against its own policies.</summary>
    private async Task EnsurePackageContextAsync()
    {
        if (_wizard is null)
        {
            return;
        }
        if (_packagePoliciesLoad is null || _wizard.Draft.AccessPackage.Id != _contextPackageId)
        {
            StartLoadingPackagePolicies(_wizard.Draft.AccessPackage.Id);
        }
        var load = _packagePoliciesLoad!;
        IReadOnlyList<PolicyDraft> policies;
        try
        {
            policies = await load;
        }
        catch (GatewayException error)
        {
            _packagePoliciesLoad = null; // asked again at the next check
            _contextProblem = $"The package's other policies could not be read, so the checks across them (at most 10 policies, one auto-assignment policy) wait until they can: {error.Message}";
            return;
        }
        if (load != _packagePoliciesLoad)
        {
            return; // another package was chosen meanwhile; its own load applies
        }
        _contextProblem = null;
        _packagePolicies = policies;
        _wizard.Context = new PackagePolicyContext(policies
            .Select(p => new ExistingPolicy(p.Id ?? string.Empty, p.DisplayName, p.IsAutoAssignment))
            .ToList());
    }

    private async Task ChangedAsync()
    {
        if (_wizard is null)
        {
            return;
        }
        // A newly chosen package's policies first: the package-wide rules check against them.
        await EnsurePackageContextAsync();
        // Once issues are shown, they follow the admin's fixes live.
        if (!_shown.IsValid)
        {
            _shown = _wizard.CurrentStep == WizardStep.Review ? _wizard.ValidateAll() : _wizard.ValidateCurrentStep();
        }
        ScheduleSave();
    }

    private async Task NextAsync()
    {
        await EnsurePackageContextAsync();
        var report = _wizard!.TryGoForward();
        await ArrivedAsync(report);
    }

    private async Task BackAsync()
    {
        _wizard!.GoBack();
        await ArrivedAsync(PolicyValidationReport.Valid);
    }

    private async Task GoToAsync(WizardStep step)
    {
        await EnsurePackageContextAsync();
        var report = _wizard!.GoTo(step);
        await ArrivedAsync(report);
    }

    private async Task OnStepInteractionAsync(StepperInteractionEventArgs args)
    {
        // The stepper's own navigation asks the wizard; our buttons have already moved it.
        if (args.StepIndex == _wizard!.CurrentStep.Index)
        {
            return;
        }
        var report = _wizard.GoTo(WizardStep.All[args.StepIndex]);
        args.Cancel = args.StepIndex != _wizard.CurrentStep.Index;
        await ArrivedAsync(report);
    }

    private async Task ArrivedAsync(PolicyValidationReport blocking)
    {
        var step = _wizard!.CurrentStep;
        MarkVisitedUpTo(step);
        _shown = !blocking.IsValid ? blocking : step == WizardStep.Review ? _wizard.ValidateAll() : PolicyValidationReport.Valid;
        RefreshPreview();
        await SaveNowAsync();
    }

    private void MarkVisitedUpTo(WizardStep step)
    {
        foreach (var visited in WizardStep.All.Where(s => s.Index <= step.Index))
        {
            _visited.Add(visited);
        }
    }

    private void RefreshPreview()
    {
        if (_wizard?.CurrentStep != WizardStep.Review)
        {
            return;
        }
        try
        {
            Preview = Gateway.Prepare(_wizard.Draft);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException)
        {
            // A draft too incomplete to map: the checks list says what is missing.
            Preview = null;
        }
    }

    private async Task ApplyTemplateAsync(string? key)
    {
        if (PolicyTemplates.Find(key ?? string.Empty) is not { } template)
        {
            return;
        }
        var package = _wizard!.Draft.AccessPackage;
        var draft = template.Create(new AccessPackageReference { Id = package.Id, DisplayName = package.DisplayName });
        _wizard.Load(draft);
        _shown = PolicyValidationReport.Valid;
        await SaveNowAsync();
    }

    private async Task<bool> ImportAsync(PolicyImportResult result)
    {
        var draft = result.Draft!;
        draft.Id = null; // an import starts a new policy; edits start from the policy itself
        if (string.IsNullOrEmpty(draft.AccessPackage.Id))
        {
            draft.AccessPackage = _wizard!.Draft.AccessPackage;
        }
        draft.AccessPackage.DisplayName ??= _packages.FirstOrDefault(p => p.Id == draft.AccessPackage.Id)?.DisplayName;
        await NameSubjectsAsync(draft);
        _wizard!.Load(draft);
        _shown = PolicyValidationReport.Valid;
        // Called through a Func, not an EventCallback: nothing re-renders this page for us. Show the imported policy
        // at once, then again once its package's policies are in and the draft is saved.
        StateHasChanged();
        await EnsurePackageContextAsync();
        await SaveNowAsync();
        StateHasChanged();
        return true;
    }

    private void Resume()
    {
        if (_resumable is not null)
        {
            // A full load: the same page with another query string would keep this (empty) wizard's state.
            Navigation.NavigateTo(PageRoutes.ResumeDraft(_resumable.Id), forceLoad: true);
        }
    }

    private async Task SubmitAsync()
    {
        if (_submitting || _wizard is null)
        {
            return;
        }
        _submitting = true;
        try
        {
            await EnsurePackageContextAsync();
            _shown = _wizard.ValidateAll();
            if (!_shown.IsValid)
            {
                return;
            }
            var verb = _wizard.Draft.IsNew ? "Create" : "Update";
            var confirmed = await Dialogs.ShowMessageBoxAsync($"{verb} this policy?",
                $"“{_wizard.Draft.DisplayName}” will be {(_wizard.Draft.IsNew ? "created in" : "replaced in")} {_wizard.Draft.AccessPackage.DisplayName ?? "the access package"} through Microsoft Graph.",
                yesText: verb, cancelText: "Cancel");
            if (confirmed != true)
            {
                return;
            }
            _outcome = null;
            if (_record is { State: not DraftState.Draft })
            {
                // This tab last saw the draft held by a submit: ask again, it may have been handed back.
                _record = await Drafts.GetAsync(_user!.Id, _record.Id, Lifetime) ?? _record;
                if (_record.State != DraftState.Draft)
                {
                    _outcome = new SubmitOutcome.AlreadySubmitting(_record.SubmittedPolicyId);
                    return;
                }
            }
            // What is sent is what is saved: a draft this tab could not save is not sent.
            if (!await SaveNowAsync() || _record is null)
            {
                _outcome ??= new SubmitOutcome.Failed("The draft could not be saved, so nothing was sent. Check the message above and try again.", null);
                return;
            }
            _outcome = await Submitter.SubmitAsync(_user!, _record, _wizard.Draft, Lifetime);
            if (_outcome is SubmitOutcome.Failed { Field: { } field } && WizardStep.ForPath(field) is { } step)
            {
                await GoToAsync(step);
            }
            _record = await Drafts.GetAsync(_user!.Id, _record.Id, Lifetime);
        }
        finally
        {
            _submitting = false;
        }
    }

    private void ScheduleSave()
    {
        _pendingSave?.Cancel();
        _pendingSave?.Dispose();
        _pendingSave = CancellationTokenSource.CreateLinkedTokenSource(Lifetime);
        var token = _pendingSave.Token;
        _edits++;
        _saveState = "Unsaved changes";
        _ = Task.Delay(AutosaveDelay, token).ContinueWith(
            _ => InvokeAsync(async () =>
            {
                await SaveNowAsync();
                StateHasChanged();
            }),
            token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    /// <summary>Saves the draft now, unless it is unchanged since the last save; drafts being submitted or submitted are
    /// no longer written. True when the stored draft now equals this tab's.</summary>
    private async Task<bool> SaveNowAsync()
    {
        if (_wizard is null || _user is null || _record?.State is DraftState.Submitting or DraftState.Submitted)
        {
            return false;
        }
        await _saving.WaitAsync(Lifetime);
        try
        {
            // The edits this save covers: an edit made while it is in flight keeps "Unsaved changes" on screen.
            var edits = _edits;
            var draft = _wizard.Draft;
            var payload = DraftPayload.Serialize(draft);
            if (_record is not null && _record.PayloadJson == payload && _record.CurrentStep == _wizard.CurrentStep.Name)
            {
                // Nothing new: writing anyway would only make another tab's copy of the same draft stale.
                SavedUpTo(edits);
                return true;
            }
            _saveState = "Saving…";
            var record = (_record ?? new DraftRecord { OwnerId = _user.Id, PayloadJson = "{}", Mode = Mode, SourcePolicyId = PolicyId }) with
            {
                AccessPackageId = draft.AccessPackage.Id,
                AccessPackageName = draft.AccessPackage.DisplayName,
                PolicyDisplayName = draft.DisplayName,
                CurrentStep = _wizard.CurrentStep.Name,
                PayloadJson = payload,
                SchemaVersion = DraftPayload.SchemaVersion,
            };
            _record = await Drafts.SaveAsync(record, Lifetime);
            _saveProblem = null;
            _saveCount++;
            SavedUpTo(edits);
            return true;
        }
        catch (DraftConflictException conflict) when (conflict.Reason == DraftConflictReason.NotEditable && _record is not null)
        {
            // Another tab submitted this draft: show that, and stop saving (every later save would be refused too).
            _record = await Drafts.GetAsync(_user.Id, _record.Id, Lifetime) ?? _record;
            _outcome = _record is { State: DraftState.Submitted, SubmittedPolicyId: { } policyId }
                ? new SubmitOutcome.Succeeded(policyId, _record.Mode != DraftMode.Edit)
                : new SubmitOutcome.AlreadySubmitting(_record.SubmittedPolicyId);
            _saveProblem = null;
            _saveState = null;
            return false;
        }
        catch (DraftConflictException)
        {
            _saveProblem = "This draft was changed in another tab or window, so this copy was not saved. Reload the page to continue with the latest copy.";
            _saveState = null;
            return false;
        }
        catch (ArgumentException error)
        {
            _saveProblem = "The draft could not be saved: " + error.Message;
            _saveState = null;
            return false;
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>"Draft saved" only when the stored draft has every edit made so far.</summary>
    private void SavedUpTo(int edits) => _saveState = edits == _edits ? "Draft saved" : "Unsaved changes";

    public async ValueTask DisposeAsync()
    {
        if (_pendingSave is { IsCancellationRequested: false })
        {
            // A closing tab still keeps what was typed in the last moments.
            await _pendingSave.CancelAsync();
            await SaveNowAsync();
        }
        await _disposed.CancelAsync();
        _disposed.Dispose();
        _pendingSave?.Dispose();
        _saving.Dispose();
    }
}
