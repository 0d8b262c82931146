using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PolicyPortal.Graph.Client;

namespace PolicyPortal.Web.Hosting;

/// <summary>Demo mode's Graph root: this very server, under the sandbox's mount. Read lazily because the port is
/// only known once the server has bound it (port 0 in tests, --urls for people).</summary>
public sealed class SandboxGraphEndpoint(IServer server) : IGraphEndpoint
{
    private string? _baseUrl;

    public string BaseUrl => _baseUrl ??= Resolve();

    private string Resolve()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .OrderBy(a => a.StartsWith("https", StringComparison.OrdinalIgnoreCase)) // plain http first: no certificate to trust
            .FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no address yet, so the sandbox tenant cannot be reached.");

        // A wildcard binding (http://+:80, http://0.0.0.0:5080, http://[::]:5080) is reachable on loopback.
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }
        return uri.Uri.GetLeftPart(UriPartial.Authority) + DependencyInjection.SandboxPath + "/v1.0";
    }
}
