using Microsoft.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;

namespace PolicyPortal.Graph.Client;

/// <summary>Builds the GraphServiceClient for the current scope (a circuit), with the signed-in admin's token provider.</summary>
internal static class GraphClientProvider
{
    public static GraphServiceClient Create(IServiceProvider services)
    {
        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(GraphHttpPipeline.HttpClientName);
        var tokens = services.GetRequiredService<IAccessTokenProvider>();
        var endpoint = services.GetRequiredService<IGraphEndpoint>();
        return new GraphServiceClient(httpClient, new BaseBearerTokenAuthenticationProvider(tokens), endpoint.BaseUrl);
    }
}
