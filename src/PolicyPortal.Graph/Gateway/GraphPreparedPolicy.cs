using System.Text;
using Microsoft.Graph.IdentityGovernance.EntitlementManagement.AssignmentPolicies;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Gateway;

/// <summary>A policy mapped and serialized by the SDK's own Kiota writer once: <see cref="PreparedPolicy.Json"/> is the
/// preview and, byte for byte, the body <see cref="ToRequest"/> sends.</summary>
internal sealed class GraphPreparedPolicy : PreparedPolicy
{
    private readonly byte[] _utf8;
    private int _sent;

    private GraphPreparedPolicy(byte[] utf8, string? policyId)
        : base(Encoding.UTF8.GetString(utf8), policyId) => _utf8 = utf8;

    public GraphPreparedPolicy(AccessPackageAssignmentPolicy policy, string? policyId)
        : this(PolicyJson.SerializeToUtf8Bytes(policy), policyId)
    {
    }

    /// <summary>The POST (create) or PUT (replace) of this policy, once: the SDK's request builder gives the URL, method,
    /// headers and options; the body is the serialized preview itself, so the model is not serialized a second time. A
    /// second send is a new attempt, which must first know what became of this one (a POST sent twice creates two
    /// policies), so it prepares the draft again.</summary>
    public RequestInformation ToRequest(AssignmentPoliciesRequestBuilder policies, IEnumerable<IRequestOption>? options = null)
    {
        if (Interlocked.Exchange(ref _sent, 1) != 0)
        {
            throw new InvalidOperationException("This prepared policy was already sent; prepare the draft again.");
        }
        // The builder's GET request has the address, Accept header and options; asking it for the POST or PUT would
        // serialize a model first (even an empty one costs more than the whole send).
        var request = IsUpdate ? policies[PolicyId].ToGetRequestInformation() : policies.ToGetRequestInformation();
        request.HttpMethod = IsUpdate ? Method.PUT : Method.POST;
        request.AddRequestOptions(options ?? []);
        request.SetStreamContent(new MemoryStream(_utf8, writable: false), "application/json");
        return request;
    }
}
