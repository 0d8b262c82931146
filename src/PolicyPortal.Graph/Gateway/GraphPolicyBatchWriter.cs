using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Gateway;

/// <summary>Creates, replaces and deletes policies through one <c>$batch</c> per call. Each step's own status decides its result;
/// the SDK's retry handler never sees a step, so nothing is sent twice behind the caller's back.</summary>
internal sealed class GraphPolicyBatchWriter(GraphServiceClient client) : IPolicyBatchWriter
{
    private Microsoft.Graph.IdentityGovernance.EntitlementManagement.AssignmentPolicies.AssignmentPoliciesRequestBuilder Policies =>
        client.IdentityGovernance.EntitlementManagement.AssignmentPolicies;

    public Task<IReadOnlyList<BatchWriteResult>> WriteAsync(IReadOnlyList<PreparedPolicy> policies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return SendAsync([.. policies.Select(policy =>
        {
            var prepared = policy as GraphPreparedPolicy ?? throw new ArgumentException("Write only what this gateway prepared.", nameof(policies));
            return new Step(prepared.ToRequest(Policies), prepared.IsUpdate ? "update the policy" : "create the policy", prepared.PolicyId, false);
        })], "send the batch of policies", cancellationToken);
    }

    public Task<IReadOnlyList<BatchWriteResult>> DeleteAsync(IReadOnlyList<string> policyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policyIds);
        return SendAsync([.. policyIds.Select(id => new Step(Policies[id].ToDeleteRequestInformation(), "delete the policy", id, true))],
            "send the batch of deletions", cancellationToken);
    }

    private async Task<IReadOnlyList<BatchWriteResult>> SendAsync(IReadOnlyList<Step> steps, string action, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(steps.Count, IPolicyBatchWriter.MaxPerBatch);
        var batch = new BatchRequestContentCollection(client);
        var ids = new List<string>();
        foreach (var step in steps)
        {
            ids.Add(await batch.AddBatchRequestStepAsync(step.Request).ConfigureAwait(false));
        }

        BatchResponseContentCollection response;
        try
        {
            response = await client.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            // One answer for the whole batch: every step shares it.
            var translated = GraphErrorTranslator.Translate(error, action, writesPolicy: true);
            return [.. steps.Select(_ => Whole(translated))];
        }

        var statuses = await response.GetResponsesStatusCodesAsync().ConfigureAwait(false);
        var results = new List<BatchWriteResult>();
        for (var i = 0; i < steps.Count; i++)
        {
            results.Add(await StepAsync(response, ids[i], steps[i], statuses.GetValueOrDefault(ids[i], HttpStatusCode.GatewayTimeout)).ConfigureAwait(false));
        }
        return results;
    }

    private static async Task<BatchWriteResult> StepAsync(BatchResponseContentCollection response, string stepId, Step step, HttpStatusCode status)
    {
        switch ((int)status)
        {
            case >= 200 and < 300:
                using (var raw = await response.GetResponseByIdAsync(stepId).ConfigureAwait(false))
                {
                    // A delete answers 204 with no body.
                    var savedId = step.IsDelete ? null : await SavedPolicy.IdAsync(await raw.Content.ReadAsStreamAsync().ConfigureAwait(false), CancellationToken.None).ConfigureAwait(false);
                    var requestId = raw.Headers.TryGetValues("request-id", out var ids) ? ids.FirstOrDefault() : null;
                    return new BatchWriteResult.Written(new PolicyWrite(savedId ?? step.PolicyId ?? string.Empty, requestId, (int)status));
                }
            case 429 or 503:
                using (var raw = await response.GetResponseByIdAsync(stepId).ConfigureAwait(false))
                {
                    return new BatchWriteResult.RetryLater(raw.Headers.RetryAfter?.Delta, (int)status);
                }
            case 504:
                return new BatchWriteResult.Unknown($"Microsoft Graph's gateway timed out, so PolicyPortal cannot tell yet whether it could {step.Action}.");
            default:
                try
                {
                    await response.GetResponseByIdAsync<AccessPackageAssignmentPolicy>(stepId).ConfigureAwait(false);
                    return new BatchWriteResult.Unknown($"Microsoft Graph answered HTTP {(int)status} without an error.");
                }
                catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
                {
                    return new BatchWriteResult.Failed(GraphErrorTranslator.Translate(error, step.Action, writesPolicy: true));
                }
        }
    }

    /// <summary>One request of the batch and what it does, in words for errors.</summary>
    private sealed record Step(Microsoft.Kiota.Abstractions.RequestInformation Request, string Action, string? PolicyId, bool IsDelete);

    private static BatchWriteResult Whole(GatewayException error) => error switch
    {
        GatewayUnavailableException { OutcomeUnknown: true } => new BatchWriteResult.Unknown(error.Message),
        GatewayUnavailableException unavailable => new BatchWriteResult.RetryLater(unavailable.RetryAfter, unavailable.HttpStatus ?? 503),
        _ => new BatchWriteResult.Failed(error),
    };
}
