using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Ports;

/// <summary>Access package assignment policies in the tenant: read, prepare, submit (create or full replace), delete.</summary>
public interface IPolicyGateway
{
    /// <summary>The policies of one access package, by name.</summary>
    Task<IReadOnlyList<PolicyDraft>> ListAsync(string accessPackageId, CancellationToken cancellationToken);

    /// <summary>One policy as a draft (to open, edit or clone), or a <see cref="GatewayNotFoundException"/>.</summary>
    Task<PolicyDraft> GetAsync(string policyId, CancellationToken cancellationToken);

    /// <summary>Maps the draft to the request once. Its <see cref="PreparedPolicy.Json"/> is the preview, and exactly what
    /// <see cref="SubmitAsync"/> sends.</summary>
    PreparedPolicy Prepare(PolicyDraft draft);

    /// <summary>Sends the prepared request: POST for a new policy, PUT (whole policy) for an existing one.</summary>
    Task<PolicyWrite> SubmitAsync(PreparedPolicy policy, CancellationToken cancellationToken);

    Task<PolicyWrite> DeleteAsync(string policyId, CancellationToken cancellationToken);
}
