using Microsoft.Extensions.Options;

namespace PolicyPortal.Graph.Client;

internal sealed class ConfiguredGraphEndpoint(IOptions<GraphOptions> options) : IGraphEndpoint
{
    public string BaseUrl => options.Value.BaseUrl;
}
