namespace PolicyPortal.Web.Data.Audit;

/// <summary>How Graph answered, finally (after the SDK's own retries).</summary>
public enum AuditOutcome
{
    Succeeded,
    Failed,
}
