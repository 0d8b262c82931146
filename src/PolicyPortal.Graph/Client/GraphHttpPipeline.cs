using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace PolicyPortal.Graph.Client;

/// <summary>The SDK's own middleware (retry with Retry-After, redirects, compression, telemetry), with our retry count
/// and <see cref="GraphRetryRule"/> (a POST is never resent after a 504),
/// under <see cref="ResponseStatusHandler"/>, outermost so it sees the final answer. No retry layer of our own on top:
/// one is enough, and two multiply.</summary>
internal static class GraphHttpPipeline
{
    public const string HttpClientName = "graph";

    public static IEnumerable<DelegatingHandler> CreateHandlers(GraphOptions options) =>
        GraphClientFactory.CreateDefaultHandlers()
            .Select(handler => handler is RetryHandler
                ? new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries, ShouldRetry = GraphRetryRule.MayRetry })
                : handler)
            .Prepend(new ResponseStatusHandler());
}
