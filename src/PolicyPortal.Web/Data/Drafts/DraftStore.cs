using Microsoft.EntityFrameworkCore;

namespace PolicyPortal.Web.Data.Drafts;

/// <summary>
/// Every write is one conditional statement (id, owner, expected version or state), so the database,
/// not this process, decides races between tabs, circuits and instances.
/// </summary>
internal sealed partial class DraftStore(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider time,
    ILogger<DraftStore> logger) : IDraftStore
{
    public async Task<DraftRecord> SaveAsync(DraftRecord draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var clean = Storable(draft);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        return clean.Version == Guid.Empty
            ? await InsertAsync(db, clean, now, cancellationToken)
            : await UpdateAsync(db, clean, now, cancellationToken);
    }

    public async Task<DraftRecord?> GetAsync(string ownerId, Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Owned(db, ownerId).FirstOrDefaultAsync(d => d.Id == draftId, cancellationToken);
    }

    public async Task<IReadOnlyList<DraftSummary>> ListAsync(string ownerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Open(db, ownerId)
            .Select(d => new DraftSummary(
                d.Id, d.AccessPackageId, d.AccessPackageName, d.PolicyDisplayName, d.CurrentStep,
                d.Mode, d.State, d.CreatedAt, d.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<DraftRecord?> LatestAsync(string ownerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Open(db, ownerId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> DiscardAsync(string ownerId, Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await Owned(db, ownerId)
            .Where(d => d.Id == draftId && d.State != DraftState.Submitting)
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted == 1)
        {
            LogDiscarded(draftId);
        }

        return deleted == 1;
    }

    public async Task<bool> TryBeginSubmitAsync(string ownerId, Guid draftId, Guid submissionKey, string evidenceJson, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var evidence = StoredText.Json(evidenceJson, nameof(evidenceJson));
        var won = await TransitionAsync(
            ownerId, draftId, DraftState.Draft, DraftState.Submitting, submissionKey, policyId: null, submitStartedAt: now, evidence, cancellationToken);
        if (won)
        {
            LogSubmitBegun(draftId);
        }
        else
        {
            LogSubmitRefused(draftId);
        }

        return won;
    }

    public async Task<bool> CompleteSubmitAsync(string ownerId, Guid draftId, string policyId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyId);
        StoredText.Id(policyId, nameof(policyId));
        var done = await TransitionAsync(
            ownerId, draftId, DraftState.Submitting, DraftState.Submitted, submissionKey: null, policyId, submitStartedAt: null, evidenceJson: null, cancellationToken);
        if (done)
        {
            LogSubmitCompleted(draftId, policyId);
        }

        return done;
    }

    public async Task<bool> AbandonSubmitAsync(string ownerId, Guid draftId, CancellationToken cancellationToken)
    {
        var reopened = await TransitionAsync(
            ownerId, draftId, DraftState.Submitting, DraftState.Draft, submissionKey: null, policyId: null, submitStartedAt: null, evidenceJson: null, cancellationToken);
        if (reopened)
        {
            LogSubmitAbandoned(draftId);
        }

        return reopened;
    }

    private async Task<DraftRecord> InsertAsync(PortalDbContext db, DraftRecord draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var created = draft with
        {
            Id = draft.Id == Guid.Empty ? Guid.CreateVersion7(now) : draft.Id,
            SubmissionKey = draft.SubmissionKey == Guid.Empty ? Guid.NewGuid() : draft.SubmissionKey,
            State = DraftState.Draft,
            SubmittedPolicyId = null,
            SubmitStartedAt = null,
            SubmitEvidenceJson = null,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Drafts.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failure)
        {
            if (!await ExistsAsync(created.Id, cancellationToken))
            {
                throw;
            }

            // A second "first save" of the same draft lost the race, or the id is another owner's.
            LogSaveRefused(created.Id, DraftConflictReason.Stale);
            throw new DraftConflictException(created.Id, DraftConflictReason.Stale, failure);
        }

        LogCreated(created.Id);
        return created;
    }

    private async Task<DraftRecord> UpdateAsync(PortalDbContext db, DraftRecord draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var version = Guid.NewGuid();
        var updated = await Owned(db, draft.OwnerId)
            .Where(d => d.Id == draft.Id && d.Version == draft.Version && d.State == DraftState.Draft)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(d => d.AccessPackageId, draft.AccessPackageId)
                    .SetProperty(d => d.AccessPackageName, draft.AccessPackageName)
                    .SetProperty(d => d.PolicyDisplayName, draft.PolicyDisplayName)
                    .SetProperty(d => d.CurrentStep, draft.CurrentStep)
                    .SetProperty(d => d.PayloadJson, draft.PayloadJson)
                    .SetProperty(d => d.SchemaVersion, draft.SchemaVersion)
                    .SetProperty(d => d.Mode, draft.Mode)
                    .SetProperty(d => d.SourcePolicyId, draft.SourcePolicyId)
                    .SetProperty(d => d.UpdatedAt, now)
                    .SetProperty(d => d.Version, version),
                cancellationToken);

        var stored = await Owned(db, draft.OwnerId).FirstOrDefaultAsync(d => d.Id == draft.Id, cancellationToken);
        if (updated == 1 && stored is not null)
        {
            LogUpdated(draft.Id);
            return stored;
        }

        var reason = stored switch
        {
            null => DraftConflictReason.Missing,
            { State: not DraftState.Draft } => DraftConflictReason.NotEditable,
            _ => DraftConflictReason.Stale,
        };
        LogSaveRefused(draft.Id, reason);
        throw new DraftConflictException(draft.Id, reason);
    }

    private async Task<bool> ExistsAsync(Guid draftId, CancellationToken cancellationToken)
    {
        // A fresh context: the failed one still tracks the rejected insert.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.AnyAsync(d => d.Id == draftId, cancellationToken);
    }

    /// <summary>One conditional UPDATE: of many concurrent callers, exactly one sees a row change.</summary>
    private async Task<bool> TransitionAsync(
        string ownerId,
        Guid draftId,
        DraftState from,
        DraftState to,
        Guid? submissionKey,
        string? policyId,
        DateTimeOffset? submitStartedAt,
        string? evidenceJson,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = Owned(db, ownerId).Where(d => d.Id == draftId && d.State == from);
        if (submissionKey is { } key)
        {
            drafts = drafts.Where(d => d.SubmissionKey == key);
        }

        var changed = await drafts.ExecuteUpdateAsync(
            set => set
                .SetProperty(d => d.State, to)
                .SetProperty(d => d.SubmittedPolicyId, policyId)
                .SetProperty(d => d.SubmitStartedAt, submitStartedAt)
                .SetProperty(d => d.SubmitEvidenceJson, evidenceJson)
                .SetProperty(d => d.Version, Guid.NewGuid()),
            cancellationToken);
        return changed == 1;
    }

    private static IQueryable<DraftRecord> Owned(PortalDbContext db, string ownerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        return db.Drafts.AsNoTracking().Where(d => d.OwnerId == ownerId);
    }

    private static IQueryable<DraftRecord> Open(PortalDbContext db, string ownerId) =>
        Owned(db, ownerId)
            .Where(d => d.State != DraftState.Submitted)
            .OrderByDescending(d => d.UpdatedAt)
            .ThenByDescending(d => d.Id);

    /// <summary>Refuses what cannot round-trip on every provider; trims display copies to their columns.</summary>
    private static DraftRecord Storable(DraftRecord draft)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.OwnerId, nameof(draft.OwnerId));
        return draft with
        {
            OwnerId = StoredText.Id(draft.OwnerId, nameof(draft.OwnerId))!,
            AccessPackageId = StoredText.Id(draft.AccessPackageId, nameof(draft.AccessPackageId)),
            SourcePolicyId = StoredText.Id(draft.SourcePolicyId, nameof(draft.SourcePolicyId)),
            AccessPackageName = StoredText.Display(draft.AccessPackageName, StoredText.NameLength),
            PolicyDisplayName = StoredText.Display(draft.PolicyDisplayName, StoredText.NameLength),
            CurrentStep = StoredText.Display(draft.CurrentStep, StoredText.StepLength),
            PayloadJson = StoredText.Json(draft.PayloadJson, nameof(draft.PayloadJson)),
        };
    }

    // Ids only: owners and payloads are personal data and stay out of the logs.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Draft {DraftId} created")]
    private partial void LogCreated(Guid draftId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Draft {DraftId} saved")]
    private partial void LogUpdated(Guid draftId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft {DraftId} not saved: {Reason}")]
    private partial void LogSaveRefused(Guid draftId, DraftConflictReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft {DraftId} discarded")]
    private partial void LogDiscarded(Guid draftId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft {DraftId} submit begun")]
    private partial void LogSubmitBegun(Guid draftId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft {DraftId} submit refused: another submit holds it, or it is not submittable")]
    private partial void LogSubmitRefused(Guid draftId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft {DraftId} submitted as policy {PolicyId}")]
    private partial void LogSubmitCompleted(Guid draftId, string policyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft {DraftId} submit abandoned; it is a draft again")]
    private partial void LogSubmitAbandoned(Guid draftId);
}
