using System.Text.Json;
using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Bulk;

namespace PolicyPortal.Web.Policies;

/// <summary>Applies a bulk plan exactly once per item: items (creates, full PUTs, deletions) go out 20 to a <c>$batch</c>, each marked as sent in the
/// database before its request leaves, and an item marked sent is never sent again before Graph has been asked whether it
/// landed (<see cref="LostSubmitReconciler"/>): throttled, unavailable and unanswered items alike. So a closed tab, a
/// crash or another instance resuming the run creates nothing twice. Every settled item is in the audit log.</summary>
public sealed partial class BulkRunner(
    IBulkRunStore runs,
    IPolicyGateway gateway,
    IPolicyBatchWriter writer,
    LostSubmitReconciler reconciler,
    IAuditLog audit,
    TimeProvider time,
    ILogger<BulkRunner> logger)
{
    /// <summary>How long to wait after a 429 or 503 that named no Retry-After.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Stores the plan's items that would be sent as a new run, nothing sent yet.</summary>
    public async Task<Guid> StartAsync(CurrentUser user, string description, IReadOnlyList<BulkPlanItem> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(plan);
        var runId = Guid.NewGuid();
        var run = new BulkRunRecord
        {
            Id = runId,
            UserId = user.Id,
            Description = StoredText.Display(description, StoredText.ErrorLength)!,
            CreatedAt = time.GetUtcNow(),
            Items = [.. plan.Where(item => item.WouldBeSent).Select((item, i) => new BulkRunItemRecord
            {
                RunId = runId,
                Sequence = i,
                AccessPackageId = item.Package.Id,
                AccessPackageName = StoredText.Display(item.Package.DisplayName, StoredText.NameLength),
                PolicyId = item.Before?.Id,
                IsDelete = item.IsDelete,
                PolicyDisplayName = StoredText.Display(item.After.DisplayName, StoredText.NameLength),
                DraftJson = JsonSerializer.Serialize(item.After),
                PriorPolicyIdsJson = JsonSerializer.Serialize(item.PackagePolicyIds),
                State = BulkItemState.Pending,
            })],
        };
        await runs.CreateAsync(run, cancellationToken);
        return runId;
    }

    /// <summary>Sends what is left of the run, a batch at a time, until every item is settled or
    /// <paramref name="stopRequested"/> says so between batches (the batch in flight always completes).</summary>
    public async Task<BulkRunRecord> RunAsync(CurrentUser user, Guid runId, IProgress<BulkRunRecord>? progress, Func<bool> stopRequested,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(stopRequested);
        var run = await runs.GetAsync(user.Id, runId, cancellationToken) ?? throw new InvalidOperationException($"There is no run {runId} of yours.");
        while (NextBatch(run) is { Count: > 0 } open)
        {
            if (stopRequested())
            {
                return run;
            }
            foreach (var item in open.Where(i => i.State == BulkItemState.Sent))
            {
                await SettleAsync(user, item, cancellationToken);
            }
            var wait = await SendAsync(user, [.. open.Where(i => i.State == BulkItemState.Pending)], cancellationToken);
            progress?.Report(run);
            if (wait is { } delay)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }

        run.FinishedAt ??= time.GetUtcNow();
        await runs.FinishAsync(run.Id, run.FinishedAt.Value, CancellationToken.None);
        progress?.Report(run);
        return run;
    }

    private static bool Open(BulkRunItemRecord item) => item.State is BulkItemState.Pending or BulkItemState.Sent;

    /// <summary>The next open items, up to a batch: writes or deletions, not both (the first open item says which).</summary>
    private static List<BulkRunItemRecord> NextBatch(BulkRunRecord run)
    {
        var open = run.Items.Where(Open).ToList();
        return open.Count == 0 ? open : [.. open.Where(i => i.IsDelete == open[0].IsDelete).Take(IPolicyBatchWriter.MaxPerBatch)];
    }

    /// <summary>Sends the items in one batch; returns how long Graph asked to wait when it throttled any.</summary>
    private async Task<TimeSpan?> SendAsync(CurrentUser user, List<BulkRunItemRecord> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return null;
        }
        // A batch is all deletions or all writes (NextBatch); a deletion sends no body.
        var prepared = batch[0].IsDelete ? null : batch.Select(item => gateway.Prepare(Draft(item))).ToList();
        for (var i = 0; i < batch.Count; i++)
        {
            (batch[i].SentJson, batch[i].State) = (prepared?[i].Json, BulkItemState.Sent);
        }
        await runs.SaveItemsAsync(batch, cancellationToken); // the marker: written before anything leaves
        var results = prepared is null
            ? await writer.DeleteAsync([.. batch.Select(item => item.PolicyId!)], cancellationToken)
            : await writer.WriteAsync(prepared, cancellationToken);

        TimeSpan? wait = null;
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            switch (results[i])
            {
                case BatchWriteResult.Written written:
                    (item.State, item.PolicyId, item.HttpStatus, item.GraphRequestId, item.Error) =
                        (BulkItemState.Succeeded, written.Write.PolicyId, written.Write.HttpStatus, written.Write.RequestId, null);
                    await RecordAsync(user, item, AuditOutcome.Succeeded, null);
                    break;
                case BatchWriteResult.Failed { Error: GatewayNotFoundException } when item.IsDelete:
                    (item.State, item.HttpStatus, item.Error) = (BulkItemState.Succeeded, 404, "It was already gone.");
                    await RecordAsync(user, item, AuditOutcome.Succeeded, item.Error);
                    break;
                case BatchWriteResult.Failed failed:
                    (item.State, item.HttpStatus, item.GraphRequestId, item.Error) =
                        (BulkItemState.Failed, failed.Error.HttpStatus, failed.Error.RequestId, failed.Error.Message);
                    await RecordAsync(user, item, AuditOutcome.Failed, failed.Error.Message);
                    break;
                case BatchWriteResult.RetryLater retry:
                    // Stays "sent": it is sent again only once Graph shows it did not land.
                    (item.HttpStatus, item.Error) = (retry.HttpStatus, $"Microsoft Graph asked to wait (HTTP {retry.HttpStatus}); it is sent again once Graph shows it did not land.");
                    wait = Max(wait, retry.RetryAfter ?? DefaultRetryAfter);
                    break;
                case BatchWriteResult.Unknown unknown:
                    (item.HttpStatus, item.Error) = (null, unknown.Message);
                    break;
            }
        }
        await runs.SaveItemsAsync(batch, CancellationToken.None);
        var succeeded = batch.Count(i => i.State == BulkItemState.Succeeded);
        LogBatch(logger, batch.Count, succeeded, wait);
        return wait;
    }

    /// <summary>An item sent without a settling answer: Graph says whether it landed before anything is sent again.</summary>
    private async Task SettleAsync(CurrentUser user, BulkRunItemRecord item, CancellationToken cancellationToken)
    {
        if (item.IsDelete)
        {
            await SettleDeleteAsync(user, item, cancellationToken);
            return;
        }
        var evidence = new SubmitEvidence(item.SentJson!, JsonSerializer.Deserialize<List<string>>(item.PriorPolicyIdsJson) ?? []);
        switch (await reconciler.ReconcileAsync(Draft(item), evidence, cancellationToken))
        {
            case LostSubmit.Landed landed:
                (item.State, item.PolicyId, item.Error) = (BulkItemState.Succeeded, landed.PolicyId, null);
                await RecordAsync(user, item, AuditOutcome.Succeeded, "Graph's answer was lost or said to wait; Graph holds exactly the body sent, so it was not sent again.");
                break;
            case LostSubmit.Unknown unknown:
                (item.State, item.Error) = (BulkItemState.Unknown,
                    $"Graph holds policies by this name that PolicyPortal cannot tell from the one sent: {string.Join(", ", unknown.Candidates.Select(c => c.Id))}. Look at them before applying again.");
                await RecordAsync(user, item, AuditOutcome.Unknown, item.Error);
                break;
            default:
                item.State = BulkItemState.Pending;
                break;
        }
        await runs.SaveItemsAsync([item], CancellationToken.None);
    }

    /// <summary>A deletion sent without a settling answer landed when the policy is gone.</summary>
    private async Task SettleDeleteAsync(CurrentUser user, BulkRunItemRecord item, CancellationToken cancellationToken)
    {
        try
        {
            await gateway.GetAsync(item.PolicyId!, cancellationToken);
            item.State = BulkItemState.Pending;
        }
        catch (GatewayNotFoundException)
        {
            (item.State, item.Error) = (BulkItemState.Succeeded, null);
            await RecordAsync(user, item, AuditOutcome.Succeeded, "Graph's answer was lost or said to wait; the policy is gone, so it was not sent again.");
        }
        await runs.SaveItemsAsync([item], CancellationToken.None);
    }

    private Task<AuditEntry> RecordAsync(CurrentUser user, BulkRunItemRecord item, AuditOutcome outcome, string? error)
    {
        var draft = Draft(item);
        var action = item.IsDelete ? AuditAction.Delete : draft.IsNew ? AuditAction.Create : AuditAction.Update;
        return audit.RecordAsync(PolicyAuditEntry.For(user, action, draft) with
        {
            PolicyId = item.PolicyId,
            RequestJson = item.SentJson,
            Outcome = outcome,
            GraphRequestId = item.GraphRequestId,
            HttpStatus = item.HttpStatus,
            Error = error,
        }, CancellationToken.None);
    }

    private static PolicyDraft Draft(BulkRunItemRecord item) => JsonSerializer.Deserialize<PolicyDraft>(item.DraftJson)!;

    private static TimeSpan Max(TimeSpan? a, TimeSpan b) => a is { } x && x > b ? x : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk batch of {Count} sent: {Succeeded} succeeded, wait {Wait}")]
    private static partial void LogBatch(ILogger logger, int count, int succeeded, TimeSpan? wait);
}
