using PolicyPortal.Web.Data.Drafts;

namespace PolicyPortal.Web.Policies;

/// <summary>Autosave: a pause in typing saves the draft, continuous typing is saved at least every
/// <see cref="MaxAutosaveWait"/> (the browser keeps the typed text meanwhile), and any other edit or leaving a step saves
/// at once. A copy another tab changed is never overwritten.</summary>
public sealed partial class PolicyWizardSession
{
    /// <summary>Typing pauses this long before the draft is saved.</summary>
    public static readonly TimeSpan AutosaveDelay = TimeSpan.FromMilliseconds(600);

    /// <summary>However fast the admin types, what they typed is stored no later than this after the first unsaved edit.</summary>
    public static readonly TimeSpan MaxAutosaveWait = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _saving = new(1, 1);
    private ITimer? _autosave;
    private DateTimeOffset? _unsavedSince;
    private int _edits;
    private int _savedEdits;
    private string? _shape;

    /// <summary>"Unsaved changes", "Saving…", "Draft saved", or nothing yet.</summary>
    public string? SaveState { get; private set; }

    /// <summary>Why the last save failed, in words for the admin; null once a save succeeds.</summary>
    public string? SaveProblem { get; private set; }

    /// <summary>The last save was refused because another tab or window changed the draft since this one read it.</summary>
    public bool IsCopyStale { get; private set; }

    /// <summary>How often this session wrote the draft (tests and the page's state marker read it).</summary>
    public int SaveCount { get; private set; }

    public bool HasUnsavedEdits => _savedEdits < _edits;

    /// <summary>The stored draft is at another step: a step change is stored once the new step is on screen.</summary>
    private bool IsStepUnstored => Record is not null && Wizard is not null && Record.CurrentStep != Wizard.CurrentStep.Name;

    private void ScheduleSave()
    {
        _edits++;
        SaveState = "Unsaved changes";
        var now = time.GetUtcNow();
        _unsavedSince ??= now;
        // A draft not stored yet is stored at its first edit: from then on the browser has an id to keep typing under.
        var shape = TypedTextBlind.ShapeOf(Wizard!.Draft);
        var typing = shape == _shape && Record is not null;
        _shape = shape;
        var due = typing ? TimeSpan.FromTicks(Math.Min(AutosaveDelay.Ticks, (_unsavedSince.Value + MaxAutosaveWait - now).Ticks)) : TimeSpan.Zero;
        _autosave ??= time.CreateTimer(_ => _ = SaveWhenDueAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _autosave.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The timer fires on the thread pool; the save runs on the form's renderer, where the draft is edited.</summary>
    private async Task SaveWhenDueAsync()
    {
        try
        {
            await _dispatch(async () =>
            {
                await SaveNowAsync();
                _changed();
            });
        }
        catch (Exception error) when (error is ObjectDisposedException or OperationCanceledException)
        {
            // The form closed meanwhile; closing saved what was left.
        }
    }

    /// <summary>After another tab changed the draft: this tab's copy, as it is on screen, becomes a draft of its own.</summary>
    public Task KeepCopyAsNewDraftAsync() => GuardedAsync(async () =>
    {
        if (!IsCopyStale || Record is null)
        {
            return;
        }
        // The same kind of draft (a new policy, or an edit of the same policy) under a new id; an empty version inserts.
        Record = Record with { Id = Guid.Empty, Version = Guid.Empty, SubmissionKey = Guid.Empty, PayloadJson = "{}" };
        await SaveNowAsync();
    });

    private async Task StopAutosaveAsync()
    {
        if (_autosave is not null)
        {
            await _autosave.DisposeAsync();
            _autosave = null;
        }
    }

    /// <summary>Saves the draft now, unless it is unchanged since the last save; drafts being submitted or submitted are
    /// no longer written. True when the stored draft now equals this session's.</summary>
    private async Task<bool> SaveNowAsync()
    {
        if (Wizard is null || Record?.State is DraftState.Submitting or DraftState.Submitted || _closed.IsCancellationRequested)
        {
            return false;
        }
        await _saving.WaitAsync(Lifetime);
        try
        {
            // The edits this save covers: an edit made while it is in flight keeps "Unsaved changes" on screen.
            var edits = _edits;
            var draft = Wizard.Draft;
            var payload = DraftPayload.Serialize(draft);
            if (Record is not null && Record.PayloadJson == payload && Record.CurrentStep == Wizard.CurrentStep.Name)
            {
                // Nothing new: writing anyway would only make another tab's copy of the same draft stale.
                SavedUpTo(edits);
                return true;
            }
            SaveState = "Saving…";
            var record = (Record ?? new DraftRecord { OwnerId = _user.Id, PayloadJson = "{}", Mode = Mode, SourcePolicyId = _start.SourcePolicyId }) with
            {
                AccessPackageId = draft.AccessPackage.Id,
                AccessPackageName = draft.AccessPackage.DisplayName,
                PolicyDisplayName = draft.DisplayName,
                CurrentStep = Wizard.CurrentStep.Name,
                PayloadJson = payload,
                SchemaVersion = DraftPayload.SchemaVersion,
            };
            Record = await drafts.SaveAsync(record, Lifetime);
            _shape = TypedTextBlind.ShapeOf(draft);
            SaveProblem = null;
            IsCopyStale = false;
            SaveCount++;
            SavedUpTo(edits);
            return true;
        }
        catch (DraftConflictException conflict) when (conflict.Reason == DraftConflictReason.NotEditable && Record is not null)
        {
            // Another tab submitted this draft, or this session's own submit holds it: stop saving (every later save
            // would be refused too). A submit of this session reports its own outcome; this read may be older than it.
            Record = await drafts.GetAsync(_user.Id, Record.Id, Lifetime) ?? Record;
            if (!IsSubmitting)
            {
                Outcome = Record is { State: DraftState.Submitted, SubmittedPolicyId: { } policyId }
                    ? new SubmitOutcome.Succeeded(policyId, Record.Mode != DraftMode.Edit)
                    : new SubmitOutcome.AlreadySubmitting(Record.SubmittedPolicyId);
            }
            SaveProblem = null;
            SaveState = null;
            return false;
        }
        catch (DraftConflictException)
        {
            SaveProblem = "This draft was changed in another tab or window, so this copy was not saved. Keep this copy as a new draft, or reload to continue with the latest copy.";
            IsCopyStale = true;
            SaveState = null;
            return false;
        }
        catch (ArgumentException error)
        {
            SaveProblem = "The draft could not be saved: " + error.Message;
            SaveState = null;
            return false;
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>"Draft saved" only when the stored draft has every edit made so far.</summary>
    private void SavedUpTo(int edits)
    {
        _savedEdits = Math.Max(_savedEdits, edits);
        if (HasUnsavedEdits)
        {
            SaveState = "Unsaved changes";
            return;
        }
        SaveState = "Draft saved";
        _unsavedSince = null;
        _autosave?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }
}
