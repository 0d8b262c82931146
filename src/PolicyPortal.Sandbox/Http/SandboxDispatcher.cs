using PolicyPortal.Sandbox.Batch;
using PolicyPortal.Sandbox.Faults;
using PolicyPortal.Sandbox.Journal;

namespace PolicyPortal.Sandbox.Http;

/// <summary>The one entry point for a Graph request, used by the HTTP adapter and by every request inside a
/// <c>$batch</c>: latency, authentication, injected faults, routing, and Graph's error body.</summary>
internal sealed partial class SandboxDispatcher(
    GraphRouter router, BatchHandler batch, FaultInjector faults, TimeProvider time, ILogger<SandboxDispatcher> logger)
{
    public const string BatchPath = "/v1.0/$batch";

    public Task<SandboxResponse> HandleAsync(SandboxRequest request, CancellationToken cancellationToken) =>
        HandleAsync(request, insideBatch: false, cancellationToken);

    private async Task<SandboxResponse> HandleAsync(SandboxRequest request, bool insideBatch, CancellationToken cancellationToken)
    {
        var requestId = Guid.NewGuid().ToString();
        var clientRequestId = request.Header("client-request-id") ?? requestId;
        SandboxResponse response;
        IReadOnlyList<BatchJournalItem>? handledItems = null;
        try
        {
            var latency = faults.LatencyFor(request, insideBatch);
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, time, cancellationToken);
            }
            if (request.Header("Authorization") is not { } authorization
                || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
            {
                throw new GraphException(401, GraphErrorCodes.InvalidAuthenticationToken, "Access token is empty.");
            }
            var fault = faults.TryTake(request);
            if (fault is { AfterHandling: false })
            {
                LogFault(logger, fault.Status, request.Method, request.Path);
                throw Injected(fault);
            }
            response = request.Path == BatchPath && request.Method == "POST"
                ? await batch.HandleAsync(request, (inner, token) => HandleAsync(inner, insideBatch: true, token), cancellationToken)
                : router.Route(request);
            handledItems = response.BatchItems;
            if (fault is not null)
            {
                // The work is done; only its answer is lost.
                LogFault(logger, fault.Status, request.Method, request.Path);
                throw Injected(fault);
            }
        }
        catch (GraphException error)
        {
            response = GraphErrorBody.Create(error, requestId, clientRequestId, time.GetUtcNow());
            response.BatchItems = handledItems;
        }
        response.Headers["request-id"] = requestId;
        response.Headers["client-request-id"] = clientRequestId;
        LogHandled(logger, request.Method, request.Path, response.Status);
        return response;
    }

    private static GraphException Injected(FaultRule fault) => fault.Status switch
    {
        429 => new(429, GraphErrorCodes.Throttled, "The request has been throttled (injected by the sandbox).", fault.RetryAfterSeconds),
        503 => new(503, GraphErrorCodes.ServiceNotAvailable, "The service is temporarily unavailable (injected by the sandbox).", fault.RetryAfterSeconds),
        // The body Graph sends when the app lacks a permission (entra-docs, scenario-daemon-acquire-token.md).
        403 => new(403, GraphErrorCodes.RequestDenied, "Insufficient privileges to complete the operation."),
        _ => new(fault.Status, GraphErrorCodes.GeneralException, $"Injected fault {fault.Status}.", fault.RetryAfterSeconds),
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sandbox {Method} {Path} answered {Status}")]
    private static partial void LogHandled(ILogger logger, string method, string path, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox injected {Status} into {Method} {Path}")]
    private static partial void LogFault(ILogger logger, int status, string method, string path);
}
