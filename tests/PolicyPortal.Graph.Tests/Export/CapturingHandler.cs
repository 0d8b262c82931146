using System.Net;
using System.Text;

namespace PolicyPortal.Graph.Tests.Export;

/// <summary>Stands in for Graph: records the request the SDK sends and answers like Graph would.</summary>
internal sealed class CapturingHandler : HttpMessageHandler
{
    public HttpMethod? Method { get; private set; }

    public Uri? Uri { get; private set; }

    public byte[]? Body { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Method = request.Method;
        Uri = request.RequestUri;
        Body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        return new HttpResponseMessage(request.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK)
        {
            Content = new StringContent("""{"id":"87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187"}""", Encoding.UTF8, "application/json"),
        };
    }
}
