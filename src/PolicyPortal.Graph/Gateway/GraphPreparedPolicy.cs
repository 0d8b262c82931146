using Microsoft.Graph.Models;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Gateway;

/// <summary>Holds the very SDK object that is serialized for the preview and handed to PostAsync/PutAsync.</summary>
internal sealed class GraphPreparedPolicy(AccessPackageAssignmentPolicy policy, string? policyId)
    : PreparedPolicy(PolicyJson.Serialize(policy), policyId)
{
    private int _taken;

    /// <summary>The object to send, once: the SDK's backing store sends only changed members, so a second send of the
    /// same object would go out as <c>{}</c>. A new attempt prepares the draft again.</summary>
    public AccessPackageAssignmentPolicy TakeForSending() =>
        Interlocked.Exchange(ref _taken, 1) == 0
            ? policy
            : throw new InvalidOperationException("This prepared policy was already sent; prepare the draft again.");
}
