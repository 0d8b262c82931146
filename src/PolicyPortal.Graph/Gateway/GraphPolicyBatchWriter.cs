using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Gateway;

/// <summary>Creates and replaces policies through one <c>$batch</c> per call. Each step's own status decides its result;
/// the SDK's retry handler never sees a step, so nothing is sent twice behind the caller's back.</summary>
internal sealed class GraphPolicyBatchWriter(GraphServiceClient client) : IPolicyBatchWriter
{
    private Microsoft.Graph.IdentityGovernance.EntitlementManagement.AssignmentPolicies.AssignmentPoliciesRequestBuilder Policies =>
        client.IdentityGovernance.EntitlementManagement.AssignmentPolicies;

    public async Task<IReadOnlyList<BatchWriteResult>> WriteAsync(IReadOnlyList<PreparedPolicy> policies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(policies.Count, IPolicyBatchWriter.MaxPerBatch);
        var batch = new BatchRequestContentCollection(client);
        var steps = new List<(GraphPreparedPolicy Policy, string StepId)>();
        foreach (var policy in policies)
        {
            var prepared = policy as GraphPreparedPolicy ?? throw new ArgumentException("Write only what this gateway prepared.", nameof(policies));
            var body = prepared.TakeForSending();
            var request = prepared.IsUpdate ? Policies[prepared.PolicyId].ToPutRequestInformation(body) : Policies.ToPostRequestInformation(body);
            steps.Add((prepared, await batch.AddBatchRequestStepAsync(request).ConfigureAwait(false)));
        }

        BatchResponseContentCollection response;
        try
        {
            response = await client.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            // One answer for the whole batch: every step shares it.
            var translated = GraphErrorTranslator.Translate(error, "send the batch of policies", writesPolicy: true);
            return [.. steps.Select(_ => Whole(translated))];
        }

        var statuses = await response.GetResponsesStatusCodesAsync().ConfigureAwait(false);
        var results = new List<BatchWriteResult>();
        foreach (var (policy, stepId) in steps)
        {
            results.Add(await StepAsync(response, stepId, policy, statuses.GetValueOrDefault(stepId, HttpStatusCode.GatewayTimeout)).ConfigureAwait(false));
        }
        return results;
    }

    private static async Task<BatchWriteResult> StepAsync(BatchResponseContentCollection response, string stepId, GraphPreparedPolicy policy, HttpStatusCode status)
    {
        var action = policy.IsUpdate ? "update the policy" : "create the policy";
        switch ((int)status)
        {
            case >= 200 and < 300:
                using (var raw = await response.GetResponseByIdAsync(stepId).ConfigureAwait(false))
                {
                    var saved = await response.GetResponseByIdAsync<AccessPackageAssignmentPolicy>(stepId).ConfigureAwait(false);
                    var requestId = raw.Headers.TryGetValues("request-id", out var ids) ? ids.FirstOrDefault() : null;
                    return new BatchWriteResult.Written(new PolicyWrite(saved?.Id ?? policy.PolicyId ?? string.Empty, requestId, (int)status));
                }
            case 429 or 503:
                using (var raw = await response.GetResponseByIdAsync(stepId).ConfigureAwait(false))
                {
                    return new BatchWriteResult.RetryLater(raw.Headers.RetryAfter?.Delta, (int)status);
                }
            case 504:
                return new BatchWriteResult.Unknown($"Microsoft Graph's gateway timed out, so PolicyPortal cannot tell yet whether it could {action}.");
            default:
                try
                {
                    await response.GetResponseByIdAsync<AccessPackageAssignmentPolicy>(stepId).ConfigureAwait(false);
                    return new BatchWriteResult.Unknown($"Microsoft Graph answered HTTP {(int)status} without an error.");
                }
                catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
                {
                    return new BatchWriteResult.Failed(GraphErrorTranslator.Translate(error, action, writesPolicy: true));
                }
        }
    }

    private static BatchWriteResult Whole(GatewayException error) => error switch
    {
        GatewayUnavailableException { OutcomeUnknown: true } => new BatchWriteResult.Unknown(error.Message),
        GatewayUnavailableException unavailable => new BatchWriteResult.RetryLater(unavailable.RetryAfter, unavailable.HttpStatus ?? 503),
        _ => new BatchWriteResult.Failed(error),
    };
}
