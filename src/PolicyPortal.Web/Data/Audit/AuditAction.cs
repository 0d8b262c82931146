namespace PolicyPortal.Web.Data.Audit;

/// <summary>What was asked of Graph.</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,
}
