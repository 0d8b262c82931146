using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
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

    [Parameter, EditorRequired]
    public WizardStart Start { get; set; } = default!;

    [Inject] private PolicyWizardSession Session { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

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
