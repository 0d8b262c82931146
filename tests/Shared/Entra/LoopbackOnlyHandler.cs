using System.Net;

namespace PolicyPortal.Testing;

/// <summary>Fails any request that would leave this machine (MSAL's instance discovery asks login.microsoftonline.com,
/// for one), quickly and visibly, instead of waiting on a network the tests must not use.</summary>
public sealed class LoopbackOnlyHandler : DelegatingHandler
{
    public LoopbackOnlyHandler()
    {
    }

    public LoopbackOnlyHandler(HttpMessageHandler inner) : base(inner)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri!.Host;
        var loopback = host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        return loopback
            ? base.SendAsync(request, cancellationToken)
            : throw new HttpRequestException($"Tests reach loopback only; refused {request.RequestUri.GetLeftPart(UriPartial.Authority)}.");
    }
}
