using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using PolicyPortal.Core.Text;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Policies;

namespace PolicyPortal.Web.Components.Pages.Policies;

/// <summary>The policy wizard on screen: new, edit, clone, resume. <see cref="PolicyWizardSession"/> owns the flow;
/// this form renders it and forwards the admin's actions.</summary>
public sealed partial class PolicyWizardForm
{
    private bool _confirming;
    private Guid? _keptDraft;
    private int _fingerprintedSaves = -1;

    [Parameter, EditorRequired]
    public WizardStart Start { get; set; } = default!;

    [Inject] private PolicyWizardSession Session { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

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
        Session.Attach(work => InvokeAsync(work), StateHasChanged);
        await Session.OpenAsync(Start, await CurrentUser.FromAsync(Authentication));
    }

    /// <summary>The browser keeps what is typed into the draft until a save has it (portal.js <c>unsent</c>): told which
    /// draft this is once it is stored (and so types back what a crash or restart left unsaved), then each save's texts.</summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (Session.Record is not { State: DraftState.Draft } record || Wizard is null)
        {
            return;
        }
        try
        {
            if (_keptDraft != record.Id)
            {
                _keptDraft = record.Id;
                await JS.InvokeVoidAsync("policyPortal.unsent.keep", record.Id);
            }
            if (_fingerprintedSaves != Session.SaveCount)
            {
                _fingerprintedSaves = Session.SaveCount;
                await JS.InvokeVoidAsync("policyPortal.unsent.saved", record.Id, TypedTextFingerprints.OfPayload(record.PayloadJson));
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab went away: what it kept stays in its storage for the next time the draft opens.
        }
    }

    private async Task OnStepInteractionAsync(StepperInteractionEventArgs args)
    {
        // The stepper's own navigation asks the wizard; our buttons have already moved it.
        var step = WizardStep.All[args.StepIndex];
        if (step != Wizard!.CurrentStep)
        {
            args.Cancel = !await Session.ChooseStepAsync(step);
        }
    }

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
