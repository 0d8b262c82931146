namespace PolicyPortal.Web.Data.Audit;

/// <summary>How Graph answered, finally (after the SDK's own retries), or what Graph showed when its answer was lost.</summary>
public enum AuditOutcome
{
    Succeeded,
    Failed,

    /// <summary>No answer came and what Graph holds cannot say whether it was done.</summary>
    Unknown,
}
