using System.Net;
using System.Net.Http.Headers;

namespace PolicyPortal.Bench;

/// <summary>Answers every request with the same created policy, as Graph's 201 would, without reading the request or
/// touching any server: under the Graph SDK's own handlers it leaves only the portal's side of a submit to measure.</summary>
public sealed class CannedGraphHandler(byte[] createdPolicy) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(createdPolicy);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created) { Content = content, RequestMessage = request });
    }
}
