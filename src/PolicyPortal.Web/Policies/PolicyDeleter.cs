using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Web.Data.Audit;

namespace PolicyPortal.Web.Policies;

/// <summary>Deletes a policy and records it in the audit log, whatever Graph answers. A delete that needed a new sign-in
/// first sent nothing, so it records nothing.</summary>
public sealed class PolicyDeleter(IPolicyGateway gateway, IAuditLog audit)
{
    public async Task DeleteAsync(CurrentUser user, PolicyDraft policy, CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await gateway.DeleteAsync(policy.Id!, cancellationToken);
            await RecordAsync(user, policy, AuditOutcome.Succeeded, deleted.RequestId, deleted.HttpStatus, null);
        }
        catch (GatewayException error)
        {
            await RecordAsync(user, policy, AuditOutcome.Failed, error.RequestId, error.HttpStatus, error.Message);
            throw;
        }
    }

    private Task<AuditEntry> RecordAsync(CurrentUser user, PolicyDraft policy, AuditOutcome outcome, string? requestId, int? httpStatus, string? error) =>
        audit.RecordAsync(PolicyAuditEntry.For(user, AuditAction.Delete, policy) with
        {
            Outcome = outcome,
            GraphRequestId = requestId,
            HttpStatus = httpStatus,
            Error = error,
        }, CancellationToken.None);
}
