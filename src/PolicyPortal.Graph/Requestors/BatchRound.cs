using System.Net;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Requestors;

/// <summary>One <c>$batch</c> round trip of a reading: steps are added with what they are for, sent together, and read
/// one by one; each step's status goes to the reading's request list. A step that failed reads as null with its status.</summary>
internal sealed class BatchRound(GraphServiceClient client, int number, List<DirectoryRequest> log)
{
    private readonly BatchRequestContentCollection _batch = new(client);
    private readonly List<(string StepId, RequestInformation Request, string Purpose)> _steps = [];
    private BatchResponseContentCollection? _response;
    private Dictionary<string, HttpStatusCode> _statuses = [];

    public bool IsEmpty => _steps.Count == 0;

    public async Task<string> AddAsync(RequestInformation request, string purpose)
    {
        var stepId = await _batch.AddBatchRequestStepAsync(request).ConfigureAwait(false);
        _steps.Add((stepId, request, purpose));
        return stepId;
    }

    public async Task SendAsync(CancellationToken cancellationToken)
    {
        if (IsEmpty)
        {
            return;
        }
        try
        {
            _response = await client.Batch.PostAsync(_batch, cancellationToken).ConfigureAwait(false);
            _statuses = await _response.GetResponsesStatusCodesAsync().ConfigureAwait(false);
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            throw GraphErrorTranslator.Translate(error, "read the directory");
        }
        foreach (var (stepId, request, purpose) in _steps)
        {
            log.Add(new DirectoryRequest(number, request.HttpMethod.ToString(), Relative(request), (int)Status(stepId), purpose));
        }
    }

    public HttpStatusCode Status(string stepId) => _statuses.GetValueOrDefault(stepId, HttpStatusCode.FailedDependency);

    /// <summary>The step's answer, or null when it failed (see <see cref="Status"/>).</summary>
    public async Task<T?> ReadAsync<T>(string stepId) where T : IParsable, new() =>
        _response is not null && (int)Status(stepId) is >= 200 and < 300
            ? await _response.GetResponseByIdAsync<T>(stepId).ConfigureAwait(false)
            : default;

    private static string Relative(RequestInformation request)
    {
        var url = Uri.UnescapeDataString(request.URI.ToString());
        var root = request.PathParameters.TryGetValue("baseurl", out var baseUrl) ? baseUrl?.ToString() : null;
        return root is not null && url.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? url[root.Length..] : url;
    }
}
