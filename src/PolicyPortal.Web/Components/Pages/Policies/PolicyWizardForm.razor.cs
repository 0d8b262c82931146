using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using PolicyPortal.Core.Summary;
using PolicyPortal.Core.Text;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Policies;

namespace PolicyPortal.Web.Components.Pages.Policies;

/// <summary>The policy wizard on screen: new, edit, clone, resume. <see cref="PolicyWizardSession"/> owns the flow;
/// this form renders it and forwards the admin's actions.</summary>
public sealed partial class PolicyWizardForm
{
    // MudButton's classes at its medium size: Back, Next and Submit are plain buttons, not components every open wizard
    // circuit holds (docs/benchmarks.md, item 2).
    private const string OutlinedButton = "mud-button-root mud-button mud-button-outlined mud-button-outlined-default mud-button-outlined-size-medium mud-ripple";
    private const string PrimaryButton = "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium mud-ripple";

    private bool _confirming;
    private Guid? _keptDraft;
    private int _fingerprintedSaves = -1;
    private int _typedElsewhere;
    private ElementReference _stepIssues;
    private int _focusedBlockedLeaves;
    private TaskCompletionSource? _nextRenderShown;

    [Parameter, EditorRequired]
    public WizardStart Start { get; set; } = default!;

    /// <summary>The draft this form edits has been stored (at its first edit, or as it opened): the page can give it
    /// its own address, so a reload opens it again.</summary>
    [Parameter]
    public EventCallback<Guid> OnStored { get; set; }

    [Inject] private PolicyWizardSession Session { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private PolicyWizard? Wizard => Session.Wizard;

    private string Heading => Session.Mode switch
    {
        DraftMode.Edit => $"Edit policy “{BidiControls.Reveal(Wizard?.Draft.DisplayName)}”",
        DraftMode.Clone => "Clone a policy",
        _ => "New assignment policy",
    };

    /// <summary>One confirmation at a time, and none while this tab's submit waits for Graph. Sending once does not rely
    /// on this: the draft store grants one submit per draft.</summary>
    private bool CanAskToSubmit => !_confirming && !Session.IsSubmitting;

    protected override async Task OnInitializedAsync()
    {
        Session.Attach(work => InvokeAsync(work), StateHasChanged, NextRenderShownAsync);
        await Session.OpenAsync(Start, await CurrentUser.FromAsync(Authentication));
    }

    /// <summary>Completes once the form's next render is in the browser: Blazor Server calls <see cref="OnAfterRenderAsync"/>
    /// when the browser has applied the render.</summary>
#pragma warning disable VSTHRD003 // This form's own OnAfterRenderAsync completes it, on the renderer that awaits it.
    private Task NextRenderShownAsync() => (_nextRenderShown ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
#pragma warning restore VSTHRD003

    /// <summary>Ends the wait of <see cref="NextRenderShownAsync"/>. The browser keeps what is typed into the draft until
    /// a save has it (portal.js <c>unsent</c>): told which draft this is once it is stored (it then types back what a
    /// crash or restart left unsaved, unless another tab saved the draft since: then the admin is asked), then each
    /// save's version and texts.</summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_nextRenderShown is { } shown)
        {
            _nextRenderShown = null;
            shown.SetResult();
        }
        if (Session.BlockedLeaves != _focusedBlockedLeaves)
        {
            _focusedBlockedLeaves = Session.BlockedLeaves;
            await _stepIssues.FocusAsync();
        }
        if (Session.Record is not { State: DraftState.Draft } record || Wizard is null)
        {
            return;
        }
        try
        {
            if (_keptDraft != record.Id)
            {
                _keptDraft = record.Id;
                _typedElsewhere = await JS.InvokeAsync<int>("policyPortal.unsent.keep", record.Id, record.Version, $"#step-{Wizard.CurrentStep.Name}");
                await OnStored.InvokeAsync(record.Id);
                if (_typedElsewhere > 0)
                {
                    StateHasChanged();
                }
            }
            if (_typedElsewhere == 0 && _fingerprintedSaves != Session.SaveCount)
            {
                _fingerprintedSaves = Session.SaveCount;
                await JS.InvokeVoidAsync("policyPortal.unsent.saved", record.Id, record.Version, TypedTextFingerprints.OfPayload(record.PayloadJson));
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab went away: what it kept stays in its storage for the next time the draft opens.
        }
    }

    /// <summary>The admin's answer about text this tab kept while the draft changed elsewhere: type it back in, or drop it.</summary>
    private async Task SettleTypedElsewhereAsync(bool typeBack)
    {
        await JS.InvokeVoidAsync(typeBack ? "policyPortal.unsent.restore" : "policyPortal.unsent.forget", Session.Record!.Id);
        _typedElsewhere = 0;
        _fingerprintedSaves = -1;
    }

    /// <summary>A fresh page on the stored draft (the page's own address may be this one's, so it must load anew).</summary>
    private async Task ReloadLatestAsync()
    {
        var draftId = Session.Record!.Id;
        await JS.InvokeVoidAsync("policyPortal.unsent.forget", draftId); // or the reload would type this copy back in
        Navigation.NavigateTo(PageRoutes.ResumeDraft(draftId), forceLoad: true);
    }

    private async Task DiscardResumableAsync()
    {
        if (Session.Resumable is not { } resumable)
        {
            return;
        }
        var confirmed = await Dialogs.ShowMessageBoxAsync("Discard the unfinished policy?",
            $"“{BidiControls.Reveal(resumable.PolicyDisplayName) ?? "untitled"}”, last changed {SummaryWords.Moment(resumable.UpdatedAt)}, will be deleted. This cannot be undone.",
            yesText: "Discard", cancelText: "Cancel");
        if (confirmed == true)
        {
            await Session.DiscardResumableAsync();
        }
    }

    /// <summary>A step tab clicked: the wizard goes there, stopping at the first step on the way forward that has
    /// issues (as Next would). The current step's tab changes nothing, so what it shows (its alerts) stays.</summary>
    private Task ChooseStepAsync(WizardStep step) => step == Wizard!.CurrentStep ? Task.CompletedTask : Session.GoToAsync(step);

    private async Task SubmitAsync()
    {
        if (!CanAskToSubmit)
        {
            return; // a second click that raced the button's disabled state
        }
        _confirming = true;
        try
        {
            if (!await Session.CheckBeforeSubmitAsync())
            {
                return;
            }
            var draft = Wizard!.Draft;
            var verb = draft.IsNew ? "Create" : "Update";
            var confirmed = await Dialogs.ShowMessageBoxAsync($"{verb} this policy?",
                $"“{BidiControls.Reveal(draft.DisplayName)}” will be {(draft.IsNew ? "created in" : "replaced in")} {BidiControls.Reveal(draft.AccessPackage.DisplayName) ?? "the access package"} through Microsoft Graph.",
                yesText: verb, cancelText: "Cancel");
            if (confirmed != true)
            {
                return;
            }
        }
        finally
        {
            _confirming = false;
        }
        await Session.SubmitAsync();
    }

    public async ValueTask DisposeAsync() => await Session.CloseAsync();
}
