namespace PolicyPortal.Web.Data.Drafts;

/// <summary>A save lost a race or hit a draft that can no longer change. Nothing was written.</summary>
public sealed class DraftConflictException : Exception
{
    public DraftConflictException(Guid draftId, DraftConflictReason reason, Exception? innerException = null)
        : base($"Draft {draftId} was not saved: {Describe(reason)}", innerException)
    {
        DraftId = draftId;
        Reason = reason;
    }

    public Guid DraftId { get; }

    public DraftConflictReason Reason { get; }

    private static string Describe(DraftConflictReason reason) => reason switch
    {
        DraftConflictReason.Stale => "it was changed elsewhere since it was read.",
        DraftConflictReason.Missing => "it no longer exists.",
        DraftConflictReason.NotEditable => "it is being submitted or was submitted.",
        _ => reason.ToString(),
    };
}
