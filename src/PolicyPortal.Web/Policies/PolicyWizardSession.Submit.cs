using PolicyPortal.Core.Wizard;
using PolicyPortal.Web.Data.Drafts;

namespace PolicyPortal.Web.Policies;

/// <summary>Submit: what is sent is the very object the Review showed, and only while it is what the draft prepares to.
/// Sending once is the draft store's job (<see cref="PolicySubmitter"/>); nothing here counts clicks.</summary>
public sealed partial class PolicyWizardSession
{
    private int _submitsUnderWay;

    /// <summary>A submit of this session is waiting for Graph.</summary>
    public bool IsSubmitting => _submitsUnderWay > 0;

    /// <summary>Before asking "Create this policy?": every rule is met and the Review shows what would be sent. False
    /// shows why on screen (the issues, or the new preview).</summary>
    public async Task<bool> CheckBeforeSubmitAsync()
    {
        var ready = false;
        await GuardedAsync(async () =>
        {
            if (!IsSubmitting)
            {
                Outcome = null;
            }
            ready = await ValidToSendAsync() && PreviewIsCurrent();
        });
        return ready;
    }

    public Task SubmitAsync() => GuardedAsync(async () =>
    {
        if (_submitsUnderWay++ == 0)
        {
            Outcome = null;
        }
        try
        {
            // Checked again: the confirmation was open for a while.
            if (!await ValidToSendAsync() || !PreviewIsCurrent())
            {
                return;
            }
            if (Record is { State: not DraftState.Draft } held)
            {
                // Last seen held by a submit, which may have handed it back since: the store's answer is what counts.
                Record = await drafts.GetAsync(_user.Id, held.Id, Lifetime) ?? held;
            }
            // What is sent is what is saved: a draft this session could not save is not sent. One a submit holds goes
            // on to the store, which refuses it.
            if (!await SaveNowAsync() && Record?.State is null or DraftState.Draft)
            {
                Outcome ??= new SubmitOutcome.Failed("The draft could not be saved, so nothing was sent. Check the message above and try again.", null);
                return;
            }
            var record = Record!;
            var outcome = await GraphAsync(ct => submitter.SubmitAsync(_user, record, Preview!, Wizard!.Draft, ct));
            // A second click in this tab loses to its own first one: its "already submitting" must not hide that result.
            if (outcome is not SubmitOutcome.AlreadySubmitting || Outcome is null)
            {
                Outcome = outcome;
            }
            Preview = TryPrepare(); // the shown object is spent; an equal one for the next attempt
            Record = await drafts.GetAsync(_user.Id, record.Id, Lifetime) ?? Record;
            if (outcome is SubmitOutcome.Failed { Field: { } field } && WizardStep.ForPath(field) is { } step)
            {
                await EnsurePackageContextAsync();
                await ArrivedAsync(Wizard!.GoTo(step));
            }
        }
        finally
        {
            _submitsUnderWay--;
        }
    });

    private async Task<bool> ValidToSendAsync()
    {
        if (Wizard is null)
        {
            return false;
        }
        await EnsurePackageContextAsync();
        Shown = Wizard.ValidateAll();
        return Shown.IsValid;
    }

    /// <summary>True when the draft still prepares to the body the Review shows. Otherwise the Review shows the new body,
    /// and the admin is told to look at it before anything is sent.</summary>
    private bool PreviewIsCurrent()
    {
        var fresh = TryPrepare();
        if (fresh is null)
        {
            Preview = null;
            Outcome = new SubmitOutcome.Failed("This policy cannot be turned into a Graph request yet: fix the checks listed above.", null);
            return false;
        }
        if (Preview?.Json == fresh.Json)
        {
            return true;
        }
        Preview = fresh;
        Outcome = new SubmitOutcome.PreviewChanged();
        return false;
    }
}
