namespace PolicyPortal.Web.Data.Audit;

/// <summary>The append-only record of every policy change sent to Graph.</summary>
public interface IAuditLog
{
    /// <summary>The most entries one <see cref="QueryAsync"/> returns.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Stores the entry, stamping <see cref="AuditEntry.Id"/> and <see cref="AuditEntry.At"/>; returns it as stored.</summary>
    Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Matching entries, newest first; <paramref name="take"/> is capped at <see cref="MaxPageSize"/>.</summary>
    Task<AuditPage> QueryAsync(AuditFilter filter, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Every matching entry as RFC 4180 CSV (CRLF, a header row), newest first, safe to open in a spreadsheet.</summary>
    Task WriteCsvAsync(AuditFilter filter, TextWriter writer, CancellationToken cancellationToken);

    /// <summary>As <see cref="WriteCsvAsync(AuditFilter, TextWriter, CancellationToken)"/>, UTF-8 with a byte order mark (Excel needs it).</summary>
    Task WriteCsvAsync(AuditFilter filter, Stream stream, CancellationToken cancellationToken);
}
