using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;

namespace PolicyPortal.Graph.Client;

/// <summary>Where a request asks for it (<see cref="ResponseStatusOption"/>), records the final HTTP status Graph
/// answered, after the SDK's retries: the SDK returns only the body on success, and the audit log keeps the status. The
/// same pattern as Kiota's own headers inspection handler.</summary>
internal sealed class ResponseStatusHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.GetRequestOption<ResponseStatusOption>() is { } option)
        {
            option.Status = (int)response.StatusCode;
        }
        return response;
    }
}

/// <summary>Filled by <see cref="ResponseStatusHandler"/> with the status of the request it was added to.</summary>
internal sealed class ResponseStatusOption : IRequestOption
{
    public int? Status { get; set; }
}
