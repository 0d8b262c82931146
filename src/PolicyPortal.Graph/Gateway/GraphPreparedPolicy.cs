using Microsoft.Graph.Models;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Gateway;

/// <summary>Holds the very SDK object that is serialized for the preview and handed to PostAsync/PutAsync.</summary>
internal sealed class GraphPreparedPolicy(AccessPackageAssignmentPolicy policy, string? policyId)
    : PreparedPolicy(PolicyJson.Serialize(policy), policyId)
{
    public AccessPackageAssignmentPolicy Policy { get; } = policy;
}
