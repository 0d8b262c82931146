using Microsoft.EntityFrameworkCore;

namespace PolicyPortal.Web.Data.Bulk;

/// <summary>Runs and their items, as the database has them: the one record of what a run has sent, so a run survives a
/// closed tab, a crash or another instance taking over.</summary>
public interface IBulkRunStore
{
    Task CreateAsync(BulkRunRecord run, CancellationToken cancellationToken);

    /// <summary>The run with its items in order, if the user owns it.</summary>
    Task<BulkRunRecord?> GetAsync(string userId, Guid runId, CancellationToken cancellationToken);

    /// <summary>The user's runs that are not finished, newest first, without their items.</summary>
    Task<IReadOnlyList<BulkRunRecord>> UnfinishedAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Writes the items' state, what was sent and Graph's answer.</summary>
    Task SaveItemsAsync(IReadOnlyCollection<BulkRunItemRecord> items, CancellationToken cancellationToken);

    Task FinishAsync(Guid runId, DateTimeOffset at, CancellationToken cancellationToken);
}

internal sealed class BulkRunStore(IDbContextFactory<PortalDbContext> contexts) : IBulkRunStore
{
    public async Task CreateAsync(BulkRunRecord run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.BulkRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<BulkRunRecord?> GetAsync(string userId, Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.BulkRuns.AsNoTracking().Include(r => r.Items).FirstOrDefaultAsync(r => r.Id == runId && r.UserId == userId, cancellationToken);
        run?.Items.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return run;
    }

    public async Task<IReadOnlyList<BulkRunRecord>> UnfinishedAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.BulkRuns.AsNoTracking().Where(r => r.UserId == userId && r.FinishedAt == null).ToListAsync(cancellationToken);
        return [.. runs.OrderByDescending(r => r.CreatedAt)];
    }

    public async Task SaveItemsAsync(IReadOnlyCollection<BulkRunItemRecord> items, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var item in items)
        {
            db.Entry(item).State = EntityState.Unchanged;
            foreach (var property in new[] { nameof(item.State), nameof(item.PolicyId), nameof(item.SentJson), nameof(item.HttpStatus), nameof(item.GraphRequestId), nameof(item.Error) })
            {
                db.Entry(item).Property(property).IsModified = true;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task FinishAsync(Guid runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BulkRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, at), cancellationToken);
    }
}
