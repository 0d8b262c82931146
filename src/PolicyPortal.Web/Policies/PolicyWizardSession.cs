using System.Diagnostics.CodeAnalysis;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Templates;
using PolicyPortal.Core.Validation;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Policies;

/// <summary>
/// One wizard run, from opening a draft to its submit: the <see cref="PolicyWizard"/>, the stored draft, the package's
/// other policies, autosave, the prepared policy the Review showed, and the submit. The wizard form renders it and
/// forwards events; everything here is tested without a browser. One per form: the form closes it when it goes away.
/// </summary>
/// <remarks>Called on the form's renderer only; autosave comes back there through <see cref="Attach"/>'s dispatcher.
/// Every Graph call goes through <see cref="GraphCallGuard"/>, so a consent or Conditional Access challenge saves the
/// draft and sends the admin to sign in and back to it.</remarks>
[SuppressMessage("Design", "CA1001", Justification = "CloseAsync disposes them. Not IDisposable on purpose: the circuit's DI scope would keep every transient session until the circuit ends.")]
public sealed partial class PolicyWizardSession(
    IPolicyGateway gateway,
    IAccessPackageCatalog catalog,
    IDirectoryNames names,
    IDraftStore drafts,
    PolicySubmitter submitter,
    PolicyDraftValidator validator,
    GraphCallGuard guard,
    TimeProvider time)
{
    private readonly CancellationTokenSource _closed = new();
    private readonly HashSet<WizardStep> _left = [];
    private WizardStart _start = new WizardStart.NewPolicy(null, null);
    private CurrentUser _user = new(string.Empty, string.Empty);
    private Task<IReadOnlyList<PolicyDraft>>? _packagePoliciesLoad;
    private string? _contextPackageId;
    private Func<Func<Task>, Task> _dispatch = work => work();
    private Action _changed = () => { };
    private Func<Task> _onScreen = () => Task.CompletedTask;
    private IDisposable? _keptDraft;

    /// <summary>Null until the draft is loaded, and when it could not be (<see cref="LoadError"/> says why).</summary>
    public PolicyWizard? Wizard { get; private set; }

    /// <summary>The stored draft; null until the first save of a new one.</summary>
    public DraftRecord? Record { get; private set; }

    /// <summary>A resumed draft keeps the mode it was started in.</summary>
    public DraftMode Mode => Record?.Mode ?? _start.Mode;

    /// <summary>How many packages the package field offers at once.</summary>
    public const int PackageSearchSize = 20;

    /// <summary>The Basics step's package field: packages whose name contains what was typed, one Graph page of them
    /// (a tenant may have thousands, so nothing lists them all).</summary>
    public async Task<IReadOnlyList<AccessPackageInfo>> SearchPackagesAsync(string? text, CancellationToken cancellationToken)
    {
        var page = await guard.RunAsync(ct => catalog.PageAsync(text, PackageSearchSize, null, ct), cancellationToken);
        return page.ChallengeStarted ? [] : page.Value!.Items;
    }

    /// <summary>The chosen package's policies, for the package-wide rules, the lint and the Review.</summary>
    public IReadOnlyList<PolicyDraft> PackagePolicies { get; private set; } = [];

    /// <summary>An edited policy as Graph has it, for the "what this update changes" list.</summary>
    public PolicyDraft? Original { get; private set; }

    /// <summary>The admin's latest unfinished draft, offered when they start a new one.</summary>
    public DraftSummary? Resumable { get; private set; }

    public string? LoadError { get; private set; }

    public string? ContextProblem { get; private set; }

    /// <summary>The issues on screen: none until the admin tries to move on, then they follow the fixes live.</summary>
    public PolicyValidationReport Shown { get; private set; } = PolicyValidationReport.Valid;

    /// <summary>What edits on this step broke on later steps (<see cref="PolicyWizard.KnockOnIssues"/>), shown here.</summary>
    public IReadOnlyList<PolicyIssue> KnockOn { get; private set; } = [];

    /// <summary>The request body the Review shows, and the very object a submit sends.</summary>
    public PreparedPolicy? Preview { get; private set; }

    public SubmitOutcome? Outcome { get; private set; }

    /// <summary>A challenge is taking the admin to Entra ID: the page is about to be left, so show nothing more.</summary>
    public bool IsSigningIn { get; private set; }

    /// <summary>The admin has left the step or tried to: from then on it shows its errors.</summary>
    public bool HasBeenLeft(WizardStep step) => _left.Contains(step);

    /// <summary>How often the admin tried to leave a step that has errors (the form moves focus to the summary each time).</summary>
    public int BlockedLeaves { get; private set; }

    private CancellationToken Lifetime => _closed.Token;

    /// <summary>Where autosave and its "saved" state go: <paramref name="dispatch"/> runs work on the form's renderer,
    /// <paramref name="changed"/> re-renders it, <paramref name="onScreen"/> completes once its next render is in the
    /// browser.</summary>
    public void Attach(Func<Func<Task>, Task> dispatch, Action changed, Func<Task> onScreen)
    {
        _dispatch = dispatch;
        _changed = changed;
        _onScreen = onScreen;
    }

    public Task OpenAsync(WizardStart start, CurrentUser user) => GuardedAsync(async () =>
    {
        _start = start;
        _user = user;
        _keptDraft = guard.KeepDraft(ReturnToDraftAsync);
        try
        {
            // Independent reads side by side: the wizard shows when the slowest is in, not after their sum.
            var latest = start is WizardStart.NewPolicy ? drafts.ListAsync(user.Id, Lifetime) : null;
            if (start is WizardStart.NewPolicy { PackageId: { } packageId })
            {
                StartLoadingPackagePolicies(packageId); // a new policy's package comes with the link
            }
            if (await StartingDraftAsync() is not { } draft)
            {
                return;
            }
            await NameSubjectsAsync(draft);
            Wizard = new PolicyWizard(validator, draft);
            _shape = TypedTextBlind.ShapeOf(draft);
            await EnsurePackageContextAsync();
            ResumeAtSavedStep();
            if (latest is not null && await latest is [var newest, ..])
            {
                Resumable = newest;
            }
        }
        catch (GatewayException error)
        {
            LoadError = error.Message;
        }
    });

    /// <summary>The admin chose to start afresh rather than resume.</summary>
    public void DeclineResume() => Resumable = null;

    /// <summary>The admin chose to start afresh and to throw the unfinished draft away.</summary>
    public Task DiscardResumableAsync() => GuardedAsync(async () =>
    {
        if (Resumable is { } resumable && await drafts.DiscardAsync(_user.Id, resumable.Id, Lifetime))
        {
            Resumable = null;
        }
    });

    private async Task<PolicyDraft?> StartingDraftAsync()
    {
        switch (_start)
        {
            case WizardStart.ResumeDraft resume:
                return await ResumeDraftAsync(resume.DraftId);
            case WizardStart.EditPolicy edit:
                var existing = await GraphAsync(ct => gateway.GetAsync(edit.PolicyId, ct));
                Original = existing.Clone();
                return existing;
            case WizardStart.ClonePolicy clone:
                var source = await GraphAsync(ct => gateway.GetAsync(clone.PolicyId, ct));
                var copy = source.CloneAsNew();
                copy.DisplayName = $"Copy of {source.DisplayName}";
                return copy;
            case WizardStart.NewPolicy start:
                var package = start.PackageId is { } id ? await PackageOrNullAsync(id) : null;
                var reference = new AccessPackageReference { Id = package?.Id, DisplayName = package?.DisplayName };
                return PolicyTemplates.Find(start.TemplateKey ?? string.Empty)?.Create(reference) ?? new PolicyDraft { AccessPackage = reference };
            default:
                throw new InvalidOperationException($"Unknown wizard start {_start}.");
        }
    }

    /// <summary>A package named by a link or an import; one that no longer exists (or is not readable) is no package.</summary>
    private async Task<AccessPackageInfo?> PackageOrNullAsync(string id)
    {
        try
        {
            return await GraphAsync(ct => catalog.GetAsync(id, ct));
        }
        catch (GatewayNotFoundException)
        {
            return null;
        }
    }

    private async Task<PolicyDraft?> ResumeDraftAsync(Guid draftId)
    {
        var record = await drafts.GetAsync(_user.Id, draftId, Lifetime);
        var draft = record is null ? null : DraftPayload.TryDeserialize(record.PayloadJson);
        if (record is null || draft is null)
        {
            LoadError = "That draft no longer exists (it was submitted or discarded). Start a new policy from the home page.";
            return null;
        }
        Record = record;
        if (record is { Mode: DraftMode.Edit, SourcePolicyId: { } sourceId, State: DraftState.Draft })
        {
            Original = await GraphAsync(ct => gateway.GetAsync(sourceId, ct));
        }
        if (record.State == DraftState.Submitting)
        {
            // The last submit lost its answer (closed tab, restart): settle it from what Graph has before anything else.
            Outcome = await GraphAsync(ct => submitter.ResumeAsync(_user, record, draft, ct));
            Record = await drafts.GetAsync(_user.Id, draftId, Lifetime);
        }
        else if (record is { State: DraftState.Submitted, SubmittedPolicyId: { } policyId })
        {
            Outcome = new SubmitOutcome.Succeeded(policyId, record.Mode != DraftMode.Edit);
        }
        return draft;
    }

    /// <summary>Subjects that came with only an id (pasted JSON, another tool's policy) get their names from the directory;
    /// when it cannot answer they keep the id, and the summary says so.</summary>
    private async Task NameSubjectsAsync(PolicyDraft draft)
    {
        if (SubjectNaming.Unnamed(draft) is { Count: > 0 } unnamed)
        {
            try
            {
                SubjectNaming.Apply(draft, await GraphAsync(ct => names.FindAsync(unnamed, ct)));
            }
            catch (GatewayException)
            {
                // Names are a courtesy here: the ids are what Graph needs.
            }
        }
    }

    public Task ApplyTemplateAsync(string? key) => GuardedAsync(async () =>
    {
        if (Wizard is null || PolicyTemplates.Find(key ?? string.Empty) is not { } template)
        {
            return;
        }
        var package = Wizard.Draft.AccessPackage;
        LoadIntoWizard(template.Create(new AccessPackageReference { Id = package.Id, DisplayName = package.DisplayName }));
        await SaveNowAsync();
    });

    public Task ImportAsync(PolicyImportResult result) => GuardedAsync(async () =>
    {
        if (Wizard is null || result.Draft is not { } draft)
        {
            return;
        }
        draft.Id = null; // an import starts a new policy; edits start from the policy itself
        if (string.IsNullOrEmpty(draft.AccessPackage.Id))
        {
            draft.AccessPackage = Wizard.Draft.AccessPackage;
        }
        if (draft.AccessPackage is { DisplayName: null, Id: { } packageId })
        {
            draft.AccessPackage.DisplayName = (await PackageOrNullAsync(packageId))?.DisplayName;
        }
        await NameSubjectsAsync(draft);
        LoadIntoWizard(draft);
        await EnsurePackageContextAsync();
        await SaveNowAsync();
    });

    /// <summary>A template or an import replaces the draft: the wizard starts over at Basics with nothing flagged.</summary>
    private void LoadIntoWizard(PolicyDraft draft)
    {
        Wizard!.Load(draft);
        Shown = PolicyValidationReport.Valid;
        KnockOn = [];
    }

    /// <summary>Stops autosave after storing what is still unsaved (a closing tab keeps what was typed last, and the step
    /// it was at).</summary>
    public async Task CloseAsync()
    {
        _keptDraft?.Dispose();
        await StopAutosaveAsync();
        if ((HasUnsavedEdits || IsStepUnstored) && !_closed.IsCancellationRequested)
        {
            await SaveNowAsync();
        }
        await _closed.CancelAsync();
        _closed.Dispose();
        _saving.Dispose();
    }

    /// <summary>Before a sign-in challenge leaves the page: saves the draft and names the address that reopens it at its
    /// step; null when nothing was ever stored (the page's own address starts it again).</summary>
    private async Task<string?> ReturnToDraftAsync()
    {
        await SaveNowAsync();
        return Record is { } record ? PageRoutes.ResumeDraft(record.Id) : null;
    }

    /// <summary>Runs one admin action; a sign-in challenge ends it quietly, since the page is being left.</summary>
    private async Task GuardedAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (LeavingForSignInException)
        {
            IsSigningIn = true;
        }
    }

    /// <summary>A Graph call through the guard. When the admin must sign in again, the action stops: the guard has saved
    /// the draft (<see cref="ReturnToDraftAsync"/>) and started the challenge.</summary>
    private async Task<T> GraphAsync<T>(Func<CancellationToken, Task<T>> call)
    {
        var result = await guard.RunAsync(call, Lifetime);
        return result.ChallengeStarted ? throw new LeavingForSignInException() : result.Value!;
    }

    private sealed class LeavingForSignInException : Exception;
}
