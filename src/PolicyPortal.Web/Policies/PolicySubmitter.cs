using Microsoft.Extensions.Options;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Client;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Policies;

/// <summary>Submits a draft exactly once, however often Submit is pressed or in how many tabs: the draft store grants
/// one submit per draft (the only guard there is), and a submit whose answer was lost is settled from what Graph holds
/// and the submit's evidence (<see cref="LostSubmitReconciler"/>) before anything is sent again. Every outcome goes to
/// the audit log.</summary>
public sealed partial class PolicySubmitter(
    IPolicyGateway gateway,
    LostSubmitReconciler reconciler,
    IDraftStore drafts,
    IAuditLog audit,
    TimeProvider time,
    IOptions<GraphOptions> graph,
    ILogger<PolicySubmitter> logger)
{
    /// <summary>Sends <paramref name="prepared"/> (the object the Review showed, prepared from <paramref name="draft"/>) if
    /// the store grants this draft's submit.</summary>
    public async Task<SubmitOutcome> SubmitAsync(CurrentUser user, DraftRecord record, PreparedPolicy prepared, PolicyDraft draft, CancellationToken cancellationToken)
    {
        var action = prepared.IsUpdate ? AuditAction.Update : AuditAction.Create;
        SubmitEvidence evidence;
        try
        {
            evidence = await reconciler.EvidenceBeforeSendingAsync(prepared, draft, cancellationToken);
        }
        catch (GatewayException error)
        {
            // Nothing was sent: without the package's policies as they are now, a lost answer could not be settled.
            await RecordAsync(user, record, draft, action, prepared.Json, draft.Id, AuditOutcome.Failed, error.RequestId, error.Message);
            return new SubmitOutcome.Failed(error.Message, null);
        }

        if (!await drafts.TryBeginSubmitAsync(user.Id, record.Id, record.SubmissionKey, evidence.Serialize(), cancellationToken))
        {
            var current = await drafts.GetAsync(user.Id, record.Id, cancellationToken);
            return new SubmitOutcome.AlreadySubmitting(current?.SubmittedPolicyId);
        }

        try
        {
            var submitted = await gateway.SubmitAsync(prepared, cancellationToken);
            await drafts.CompleteSubmitAsync(user.Id, record.Id, submitted.PolicyId, CancellationToken.None);
            await RecordAsync(user, record, draft, action, prepared.Json, submitted.PolicyId, AuditOutcome.Succeeded, submitted.RequestId, null, submitted.HttpStatus);
            LogSubmitted(logger, action, submitted.PolicyId);
            return new SubmitOutcome.Succeeded(submitted.PolicyId, Created: !prepared.IsUpdate);
        }
        catch (Exception error) when (error is OperationCanceledException || error is GatewayUnavailableException { OutcomeUnknown: true })
        {
            // No answer: the policy may exist. Decide from what Graph has, never by sending again blindly.
            return await SettleLostAnswerAsync(user, record, draft, evidence, "Microsoft Graph did not answer in time.", CancellationToken.None);
        }
        catch (Exception error) when (GraphCallGuard.NeedsSignIn(error))
        {
            // No token, so nothing was sent: the draft is free again when the admin comes back signed in.
            await drafts.AbandonSubmitAsync(user.Id, record.Id, CancellationToken.None);
            await RecordAsync(user, record, draft, action, prepared.Json, draft.Id, AuditOutcome.Failed, null, "The admin had to sign in again or consent first.");
            throw;
        }
        catch (GatewayException error)
        {
            // Graph answered with a refusal or failure: nothing was created or changed.
            await drafts.AbandonSubmitAsync(user.Id, record.Id, CancellationToken.None);
            await RecordAsync(user, record, draft, action, prepared.Json, draft.Id, AuditOutcome.Failed, error.RequestId, error.Message, error.HttpStatus);
            LogFailed(logger, action, error.GetType().Name);
            return new SubmitOutcome.Failed(error.Message, (error as GatewayInvalidPolicyException)?.Field);
        }
    }

    /// <summary>A draft found Submitting (a tab closed or the server stopped mid-submit): settle it from what Graph holds,
    /// unless its submit may still be waiting for Graph.</summary>
    public async Task<SubmitOutcome> ResumeAsync(CurrentUser user, DraftRecord record, PolicyDraft draft, CancellationToken cancellationToken)
    {
        if (record.SubmitStartedAt is { } started && time.GetUtcNow() - started < TimeSpan.FromSeconds(graph.Value.TimeoutSeconds))
        {
            // Settling now could reopen a draft whose POST is still on its way, and let it be sent twice.
            return new SubmitOutcome.AlreadySubmitting(null);
        }
        return await SettleLostAnswerAsync(
            user, record, draft, SubmitEvidence.TryParse(record.SubmitEvidenceJson), "The submit was cut off before Microsoft Graph answered.", cancellationToken);
    }

    private async Task<SubmitOutcome> SettleLostAnswerAsync(
        CurrentUser user, DraftRecord record, PolicyDraft draft, SubmitEvidence? evidence, string why, CancellationToken cancellationToken)
    {
        var action = draft.IsNew ? AuditAction.Create : AuditAction.Update;
        var sent = evidence?.SentJson;
        LostSubmit settled;
        try
        {
            settled = await reconciler.ReconcileAsync(draft, evidence, cancellationToken);
        }
        catch (GatewayException)
        {
            // Still unreachable: the draft stays Submitting; opening it later settles it.
            await RecordAsync(user, record, draft, action, sent, draft.Id, AuditOutcome.Unknown, null, $"{why} Graph could not be asked what it holds yet.");
            return new SubmitOutcome.Failed("Microsoft Graph did not answer, so PolicyPortal cannot tell yet whether the policy was saved. Your draft is kept; open it again in a minute and PolicyPortal will check.", null);
        }

        switch (settled)
        {
            case LostSubmit.Landed landed:
                await drafts.CompleteSubmitAsync(user.Id, record.Id, landed.PolicyId, CancellationToken.None);
                await RecordAsync(user, record, draft, action, sent, landed.PolicyId, AuditOutcome.Succeeded, null,
                    $"{why} Graph holds exactly the body sent{(draft.IsNew ? ", in a policy new since the submit began" : "")}.");
                LogSubmitted(logger, action, landed.PolicyId);
                return new SubmitOutcome.Succeeded(landed.PolicyId, Created: draft.IsNew);
            case LostSubmit.Unknown unknown:
                await drafts.AbandonSubmitAsync(user.Id, record.Id, CancellationToken.None);
                await RecordAsync(user, record, draft, action, sent, null, AuditOutcome.Unknown, null,
                    $"{why} Policies by this name that may be it: {string.Join(", ", unknown.Candidates.Select(c => c.Id))}.");
                return new SubmitOutcome.Unknown(unknown.Candidates);
            default:
                await drafts.AbandonSubmitAsync(user.Id, record.Id, CancellationToken.None);
                await RecordAsync(user, record, draft, action, sent, draft.Id, AuditOutcome.Failed, null,
                    $"{why} {(draft.IsNew ? "The package has no new policy by this name" : "The policy does not show the change")}.");
                return new SubmitOutcome.Failed(draft.IsNew
                    ? "Microsoft Graph did not answer, and the package has no new policy by this name, so it was not saved. Your draft is intact: submit it again."
                    : "Microsoft Graph did not answer, and the policy does not show your changes. Your draft is intact: submit it again (it replaces the whole policy, so sending it twice is safe).", null);
        }
    }

    private Task<AuditEntry> RecordAsync(
        CurrentUser user, DraftRecord record, PolicyDraft draft, AuditAction action, string? json, string? policyId, AuditOutcome outcome,
        string? requestId, string? error, int? httpStatus = null) =>
        audit.RecordAsync(PolicyAuditEntry.For(user, action, draft) with
        {
            DraftId = record.Id,
            PolicyId = policyId,
            RequestJson = json,
            Outcome = outcome,
            GraphRequestId = requestId,
            HttpStatus = httpStatus,
            Error = error,
        }, CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy {Action} succeeded for policy {PolicyId}")]
    private static partial void LogSubmitted(ILogger logger, AuditAction action, string policyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy {Action} failed with {Failure}")]
    private static partial void LogFailed(ILogger logger, AuditAction action, string failure);
}
