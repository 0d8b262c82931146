namespace PolicyPortal.Web.Data.Drafts;

/// <summary>
/// Per-user drafts and the submit-once protocol. Every method is scoped to an owner: an owner never
/// sees, changes or submits another owner's draft. Safe to call from many circuits and instances at once.
/// </summary>
/// <remarks>
/// Submit protocol: <see cref="TryBeginSubmitAsync"/> (only the winner sends to Graph), then
/// <see cref="CompleteSubmitAsync"/> on success or <see cref="AbandonSubmitAsync"/> when the send is known
/// to have failed. When the outcome is unknown the draft stays <see cref="DraftState.Submitting"/>: look the
/// policy up before abandoning, and only after <see cref="DraftRecord.SubmitStartedAt"/> is older than the
/// Graph timeout, so a submit still in flight is not doubled.
/// </remarks>
public interface IDraftStore
{
    /// <summary>
    /// Creates the draft (when <see cref="DraftRecord.Version"/> is empty; an empty id gets a new one) or
    /// updates it if <see cref="DraftRecord.Version"/> is still the stored one. Returns the stored record.
    /// </summary>
    /// <exception cref="DraftConflictException">Stale copy, discarded draft, or a draft no longer editable.</exception>
    /// <exception cref="ArgumentException">The payload is not well-formed JSON, or an id is too long.</exception>
    Task<DraftRecord> SaveAsync(DraftRecord draft, CancellationToken cancellationToken);

    Task<DraftRecord?> GetAsync(string ownerId, Guid draftId, CancellationToken cancellationToken);

    /// <summary>The owner's drafts not yet submitted, most recently changed first.</summary>
    Task<IReadOnlyList<DraftSummary>> ListAsync(string ownerId, CancellationToken cancellationToken);

    /// <summary>
    /// The most recently changed unsubmitted draft, to offer "resume where you were" for, or null. It may be
    /// <see cref="DraftState.Submitting"/>: then show the submit's fate rather than the editor.
    /// </summary>
    Task<DraftRecord?> LatestAsync(string ownerId, CancellationToken cancellationToken);

    /// <summary>Deletes the draft unless a submit holds it. Returns whether it was deleted.</summary>
    Task<bool> DiscardAsync(string ownerId, Guid draftId, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically moves the draft from <see cref="DraftState.Draft"/> to <see cref="DraftState.Submitting"/>
    /// if <paramref name="submissionKey"/> is the draft's, keeping <paramref name="evidenceJson"/> with it until the submit
    /// ends. Returns false when another submit holds it, it was submitted, or the key or owner does not match: then send
    /// nothing.
    /// </summary>
    Task<bool> TryBeginSubmitAsync(string ownerId, Guid draftId, Guid submissionKey, string evidenceJson, CancellationToken cancellationToken);

    /// <summary>Submitting → Submitted with the created or updated policy's id. False when no submit held it.</summary>
    Task<bool> CompleteSubmitAsync(string ownerId, Guid draftId, string policyId, CancellationToken cancellationToken);

    /// <summary>Submitting → Draft, after a send known to have failed. False when no submit held it.</summary>
    Task<bool> AbandonSubmitAsync(string ownerId, Guid draftId, CancellationToken cancellationToken);
}
