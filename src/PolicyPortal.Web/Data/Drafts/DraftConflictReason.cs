namespace PolicyPortal.Web.Data.Drafts;

/// <summary>Why a save was refused.</summary>
public enum DraftConflictReason
{
    /// <summary>Someone (another tab, another circuit) saved the draft since this copy was read.</summary>
    Stale,

    /// <summary>The draft no longer exists: it was discarded elsewhere.</summary>
    Missing,

    /// <summary>The draft is being submitted or was submitted; it cannot change any more.</summary>
    NotEditable,
}
