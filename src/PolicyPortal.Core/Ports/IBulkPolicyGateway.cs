using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Ports;

/// <summary>Creates many policies at once, e.g. one template applied to many access packages, in as few Graph round trips
/// as Graph allows (<c>$batch</c>, at most 20 requests each).</summary>
public interface IBulkPolicyGateway
{
    /// <summary>Maximum number of requests Graph accepts in one <c>$batch</c>.</summary>
    const int MaxPerBatch = 20;

    /// <summary>Creates every draft (all must be new). One result per draft, in the same order; a refused or throttled policy
    /// fails alone and does not stop the others. Drafts are mapped afresh, so a failed one can simply be sent again.</summary>
    Task<IReadOnlyList<BulkPolicyResult>> CreateManyAsync(IReadOnlyList<PolicyDraft> drafts, CancellationToken cancellationToken);
}

/// <summary>The outcome of one draft of a bulk create: the new policy's id, or the typed failure.</summary>
public sealed record BulkPolicyResult(int Index, string? PolicyId, GatewayException? Error)
{
    public bool Succeeded => Error is null && PolicyId is not null;
}
