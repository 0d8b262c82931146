using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Serialization.Json;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Errors;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Gateway;

/// <summary>Creates policies through <c>$batch</c>: ceil(n / 20) round trips instead of n. Each draft gets its own freshly
/// mapped SDK object (the backing store sends only changed members, so an object is never reused).</summary>
internal sealed class GraphBulkPolicyGateway(GraphServiceClient client) : IBulkPolicyGateway
{
    private const string Action = "create the policy";
    private static readonly JsonParseNodeFactory ErrorParser = new();

    public async Task<IReadOnlyList<BulkPolicyResult>> CreateManyAsync(IReadOnlyList<PolicyDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Any(d => !d.IsNew))
        {
            throw new ArgumentException("Bulk create takes new drafts only; existing policies are replaced one by one.", nameof(drafts));
        }

        var results = new List<BulkPolicyResult>(drafts.Count);
        // Batches go one after another: parallel batches would only trade round trips for throttling.
        foreach (var chunk in drafts.Select((draft, index) => (draft, index)).Chunk(IBulkPolicyGateway.MaxPerBatch))
        {
            results.AddRange(await SendBatchAsync(chunk, cancellationToken).ConfigureAwait(false));
        }
        return results;
    }

    private async Task<IEnumerable<BulkPolicyResult>> SendBatchAsync((PolicyDraft Draft, int Index)[] chunk, CancellationToken cancellationToken)
    {
        var policies = client.IdentityGovernance.EntitlementManagement.AssignmentPolicies;
        // One collection per chunk of at most 20: exactly one $batch round trip each.
        var batch = new BatchRequestContentCollection(client);
        var steps = new List<(int Index, string StepId)>(chunk.Length);
        foreach (var (draft, index) in chunk)
        {
            var request = policies.ToPostRequestInformation(PolicyMapper.ToGraph(draft));
            steps.Add((index, await batch.AddBatchRequestStepAsync(request).ConfigureAwait(false)));
        }

        BatchResponseContentCollection response;
        try
        {
            response = await client.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            // The whole batch failed (after the SDK's own retries): every policy in it failed the same way.
            var translated = GraphErrorTranslator.Translate(error, Action, writesPolicy: true);
            return steps.Select(s => new BulkPolicyResult(s.Index, null, translated));
        }

        var results = new List<BulkPolicyResult>(steps.Count);
        foreach (var (index, stepId) in steps)
        {
            results.Add(await ReadAsync(response, index, stepId, cancellationToken).ConfigureAwait(false));
        }
        return results;
    }

    private static async Task<BulkPolicyResult> ReadAsync(BatchResponseContentCollection response, int index, string stepId, CancellationToken cancellationToken)
    {
        using var message = await response.GetResponseByIdAsync(stepId).ConfigureAwait(false);
        if (message is null)
        {
            return new BulkPolicyResult(index, null, new GatewayUnavailableException(
                $"Microsoft Graph did not answer one request of the batch, so PolicyPortal could not {Action}. Try it again.", null, outcomeUnknown: true));
        }
        if (message.IsSuccessStatusCode)
        {
            var saved = await response.GetResponseByIdAsync<AccessPackageAssignmentPolicy>(stepId).ConfigureAwait(false);
            return new BulkPolicyResult(index, saved?.Id, null);
        }
        return new BulkPolicyResult(index, null, GraphErrorTranslator.Translate(await ReadErrorAsync(message, cancellationToken).ConfigureAwait(false), Action, writesPolicy: true));
    }

    /// <summary>An inner response's error as the SDK would have thrown it for a single request, so the one translator applies.</summary>
    private static async Task<ODataError> ReadErrorAsync(HttpResponseMessage message, CancellationToken cancellationToken)
    {
        ODataError error;
        try
        {
            using var body = await message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var node = await ErrorParser.GetRootParseNodeAsync("application/json", body, cancellationToken).ConfigureAwait(false);
            error = node.GetObjectValue(ODataError.CreateFromDiscriminatorValue) ?? new ODataError();
        }
        catch (System.Text.Json.JsonException)
        {
            error = new ODataError();
        }
        error.ResponseStatusCode = (int)message.StatusCode;
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.Headers)
        {
            headers[header.Key] = header.Value;
        }
        error.ResponseHeaders = headers;
        return error;
    }
}
