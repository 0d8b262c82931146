using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PolicyPortal.Web.Data.Audit;

internal sealed partial class AuditLog(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider time,
    ILogger<AuditLog> logger) : IAuditLog
{
    public async Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stored = entry with
        {
            Id = 0,
            At = time.GetUtcNow(),
            UserId = StoredText.Id(entry.UserId, nameof(entry.UserId))!,
            UserDisplayName = StoredText.Display(entry.UserDisplayName, StoredText.NameLength),
            AccessPackageId = StoredText.Id(entry.AccessPackageId, nameof(entry.AccessPackageId)),
            PolicyId = StoredText.Id(entry.PolicyId, nameof(entry.PolicyId)),
            PolicyDisplayName = StoredText.Display(entry.PolicyDisplayName, StoredText.NameLength),
            // The request as sent is evidence: kept whole, only made storable.
            RequestJson = StoredText.Display(entry.RequestJson, int.MaxValue),
            GraphRequestId = StoredText.Display(entry.GraphRequestId, StoredText.IdLength),
            Error = StoredText.Display(entry.Error, StoredText.ErrorLength),
        };

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        LogRecorded(stored.Id, stored.Action, stored.Outcome, stored.HttpStatus);
        return stored;
    }

    public async Task<AuditPage> QueryAsync(AuditFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = Matching(db, filter);
        var total = await matching.CountAsync(cancellationToken);
        var items = await Newest(matching)
            .Skip(Math.Max(skip, 0))
            .Take(Math.Clamp(take, 1, IAuditLog.MaxPageSize))
            .ToListAsync(cancellationToken);
        return new AuditPage(items, total);
    }

    public async Task WriteCsvAsync(AuditFilter filter, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(writer);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await writer.WriteAsync(AuditCsv.Header().AsMemory(), cancellationToken);
        var rows = 0;
        // Streamed: an export of the whole log never sits in memory.
        await foreach (var entry in Newest(Matching(db, filter)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(AuditCsv.Row(entry).AsMemory(), cancellationToken);
            rows++;
        }

        await writer.FlushAsync(cancellationToken);
        LogExported(rows);
    }

    public async Task WriteCsvAsync(AuditFilter filter, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await WriteCsvAsync(filter, writer, cancellationToken);
    }

    private static IQueryable<AuditEntry> Newest(IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);

    // lower() on both sides is the one case-insensitive match both providers translate to SQL (SQLite: ASCII only);
    // the culture and StringComparison overloads the analyzers suggest are not translatable.
    [SuppressMessage("Globalization", "CA1304", Justification = "Translated to SQL lower().")]
    [SuppressMessage("Globalization", "CA1311", Justification = "Translated to SQL lower().")]
    [SuppressMessage("Performance", "CA1862", Justification = "Translated to SQL lower().")]
    private static IQueryable<AuditEntry> Matching(PortalDbContext db, AuditFilter filter)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            var utc = from.ToUniversalTime();
            entries = entries.Where(e => e.At >= utc);
        }

        if (filter.To is { } to)
        {
            var utc = to.ToUniversalTime();
            entries = entries.Where(e => e.At < utc);
        }

        if (filter.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (filter.Outcome is { } outcome)
        {
            entries = entries.Where(e => e.Outcome == outcome);
        }

        if (!string.IsNullOrWhiteSpace(filter.AccessPackageId))
        {
            var package = filter.AccessPackageId.Trim();
            entries = entries.Where(e => e.AccessPackageId == package);
        }

        if (!string.IsNullOrWhiteSpace(filter.Who))
        {
            var who = filter.Who.Trim();
            var part = who.ToLowerInvariant();
            entries = entries.Where(e => e.UserId == who
                || (e.UserDisplayName != null && e.UserDisplayName.ToLower().Contains(part)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var part = filter.Text.Trim().ToLowerInvariant();
            entries = entries.Where(e =>
                (e.PolicyDisplayName != null && e.PolicyDisplayName.ToLower().Contains(part))
                || (e.PolicyId != null && e.PolicyId.ToLower().Contains(part))
                || (e.AccessPackageId != null && e.AccessPackageId.ToLower().Contains(part))
                || (e.GraphRequestId != null && e.GraphRequestId.ToLower().Contains(part))
                || (e.Error != null && e.Error.ToLower().Contains(part)));
        }

        return entries;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit entry {AuditId} recorded: {Action} {Outcome} (HTTP {HttpStatus})")]
    private partial void LogRecorded(long auditId, AuditAction action, AuditOutcome outcome, int? httpStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit log exported as CSV: {Rows} rows")]
    private partial void LogExported(int rows);
}
