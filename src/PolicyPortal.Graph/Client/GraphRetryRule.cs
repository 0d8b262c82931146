using System.Net;

namespace PolicyPortal.Graph.Client;

/// <summary>Which answers the SDK's retry handler may send again. Source: https://learn.microsoft.com/graph/errors —
/// 429 and 503 say the request may be repeated after the delay (the service did not take it); 504 says the gateway got
/// no timely answer from the service "attempting to complete the request", so a POST may have created its policy: sent
/// again blindly it would create a second one. The submitter settles such a POST from what Graph holds instead
/// (PolicySubmitter). A <c>$batch</c> POST may carry creates (the bulk runner's), so it is never resent after a 504
/// either: the runner settles its items from what Graph holds. Other methods are idempotent here: GET, PUT of a whole
/// policy, DELETE.</summary>
internal static class GraphRetryRule
{
    /// <summary>A <see cref="Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options.RetryHandlerOption.ShouldRetry"/>,
    /// which replaces the SDK's own status check, so it names the statuses too.</summary>
    public static bool MayRetry(int delaySeconds, int attempt, HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => true,
        HttpStatusCode.GatewayTimeout => !IsWrite(response.RequestMessage),
        _ => false,
    };

    private static bool IsWrite(HttpRequestMessage? request) => request is null || request.Method == HttpMethod.Post;
}
