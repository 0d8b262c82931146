using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Policies;

/// <summary>Submits a draft exactly once, however often Submit is pressed or in how many tabs: the draft store grants
/// one submit per draft (the only guard there is), and a submit whose outcome was lost is resolved by looking the policy
/// up before anything is sent again. Every attempt goes to the audit log.</summary>
public sealed partial class PolicySubmitter(IPolicyGateway gateway, IDraftStore drafts, IAuditLog audit, ILogger<PolicySubmitter> logger)
{
    /// <summary>Sends <paramref name="prepared"/> (the object the Review showed, prepared from <paramref name="draft"/>) if
    /// the store grants this draft's submit.</summary>
    public async Task<SubmitOutcome> SubmitAsync(CurrentUser user, DraftRecord record, PreparedPolicy prepared, PolicyDraft draft, CancellationToken cancellationToken)
    {
        if (!await drafts.TryBeginSubmitAsync(user.Id, record.Id, record.SubmissionKey, cancellationToken))
        {
            var current = await drafts.GetAsync(user.Id, record.Id, cancellationToken);
            return new SubmitOutcome.AlreadySubmitting(current?.SubmittedPolicyId);
        }

        var action = prepared.IsUpdate ? AuditAction.Update : AuditAction.Create;
        try
        {
            var submitted = await gateway.SubmitAsync(prepared, cancellationToken);
            await drafts.CompleteSubmitAsync(user.Id, record.Id, submitted.PolicyId, CancellationToken.None);
            await RecordAsync(user, draft, action, prepared.Json, submitted.PolicyId, AuditOutcome.Succeeded, submitted.RequestId, null);
            LogSubmitted(logger, action, submitted.PolicyId);
            return new SubmitOutcome.Succeeded(submitted.PolicyId, Created: !prepared.IsUpdate);
        }
        catch (Exception error) when (error is OperationCanceledException || error is GatewayUnavailableException { OutcomeUnknown: true })
        {
            // No answer: the policy may exist. Decide from what Graph has, never by sending again blindly.
            return await ResolveUnknownAsync(user, record, draft, prepared, action, error);
        }
        catch (Exception error) when (GraphCallGuard.NeedsSignIn(error))
        {
            // No token, so nothing was sent: the draft is free again when the admin comes back signed in.
            await drafts.AbandonSubmitAsync(user.Id, record.Id, CancellationToken.None);
            await RecordAsync(user, draft, action, prepared.Json, draft.Id, AuditOutcome.Failed, null, "The admin had to sign in again or consent first.");
            throw;
        }
        catch (GatewayException error)
        {
            // Graph answered with a refusal or failure: nothing was created or changed.
            await drafts.AbandonSubmitAsync(user.Id, record.Id, CancellationToken.None);
            await RecordAsync(user, draft, action, prepared.Json, draft.Id, AuditOutcome.Failed, error.RequestId, error.Message);
            LogFailed(logger, action, error.GetType().Name);
            return new SubmitOutcome.Failed(error.Message, (error as GatewayInvalidPolicyException)?.Field);
        }
    }

    /// <summary>A draft left Submitting (circuit lost mid-submit): finish it as what Graph shows.</summary>
    public async Task<SubmitOutcome> ResumeAsync(CurrentUser user, DraftRecord record, PolicyDraft draft, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(draft, cancellationToken);
        if (existing is not null)
        {
            await drafts.CompleteSubmitAsync(user.Id, record.Id, existing, cancellationToken);
            return new SubmitOutcome.Succeeded(existing, Created: draft.IsNew);
        }
        await drafts.AbandonSubmitAsync(user.Id, record.Id, cancellationToken);
        return new SubmitOutcome.Failed("The last submit did not reach Microsoft Graph. Your draft is intact: submit it again.", null);
    }

    private async Task<SubmitOutcome> ResolveUnknownAsync(CurrentUser user, DraftRecord record, PolicyDraft draft, PreparedPolicy prepared, AuditAction action, Exception error)
    {
        string? existing = null;
        try
        {
            existing = await FindAsync(draft, CancellationToken.None);
        }
        catch (GatewayException)
        {
            // Still unreachable: leave the draft Submitting; opening it later resolves it.
            return new SubmitOutcome.Failed("Microsoft Graph did not answer, so PolicyPortal cannot tell yet whether the policy was saved. Your draft is kept; open it again in a minute and PolicyPortal will check.", null);
        }

        if (existing is not null)
        {
            await drafts.CompleteSubmitAsync(user.Id, record.Id, existing, CancellationToken.None);
            await RecordAsync(user, draft, action, prepared.Json, existing, AuditOutcome.Succeeded, null, null);
            return new SubmitOutcome.Succeeded(existing, Created: !prepared.IsUpdate);
        }

        await drafts.AbandonSubmitAsync(user.Id, record.Id, CancellationToken.None);
        await RecordAsync(user, draft, action, prepared.Json, draft.Id, AuditOutcome.Failed, null, error.Message);
        return new SubmitOutcome.Failed("Microsoft Graph did not answer and the policy was not saved. Your draft is intact: submit it again.", null);
    }

    // An update's policy always exists, so "is it there" cannot tell whether the PUT landed; a PUT is safe to repeat.
    private async Task<string?> FindAsync(PolicyDraft draft, CancellationToken cancellationToken) =>
        draft.IsNew && draft.AccessPackage.Id is { } packageId
            ? (await gateway.FindByNameAsync(packageId, draft.DisplayName, cancellationToken))?.Id
            : null;

    private Task<AuditEntry> RecordAsync(CurrentUser user, PolicyDraft draft, AuditAction action, string json, string? policyId, AuditOutcome outcome, string? requestId, string? error) =>
        audit.RecordAsync(new AuditEntry
        {
            UserId = user.Id,
            UserDisplayName = user.DisplayName,
            Action = action,
            AccessPackageId = draft.AccessPackage.Id,
            PolicyId = policyId,
            PolicyDisplayName = draft.DisplayName,
            RequestJson = json,
            Outcome = outcome,
            GraphRequestId = requestId,
            Error = error,
        }, CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy {Action} succeeded for policy {PolicyId}")]
    private static partial void LogSubmitted(ILogger logger, AuditAction action, string policyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy {Action} failed with {Failure}")]
    private static partial void LogFailed(ILogger logger, AuditAction action, string failure);
}
