namespace PolicyPortal.Web.Data.Audit;

/// <summary>One page of matching entries, newest first, and how many match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int TotalCount);
