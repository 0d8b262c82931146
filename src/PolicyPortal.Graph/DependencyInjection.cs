using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Client;
using PolicyPortal.Graph.Directory;
using PolicyPortal.Graph.Gateway;
using PolicyPortal.Graph.Packages;
using PolicyPortal.Graph.Requestors;

namespace PolicyPortal.Graph;

public static class DependencyInjection
{
    /// <summary>Registers the Graph seam. The host supplies an <see cref="Microsoft.Kiota.Abstractions.Authentication.IAccessTokenProvider"/>
    /// (the signed-in admin's delegated token, or the sandbox's) and may replace <see cref="IGraphEndpoint"/>.</summary>
    public static IHostApplicationBuilder AddPolicyPortalGraph(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>()
            .Bind(builder.Configuration.GetSection(GraphOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IGraphEndpoint, ConfiguredGraphEndpoint>();

        services.AddHttpClient(GraphHttpPipeline.HttpClientName, (sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<GraphOptions>>().Value.TimeoutSeconds))
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                foreach (var handler in GraphHttpPipeline.CreateHandlers(sp.GetRequiredService<IOptions<GraphOptions>>().Value))
                {
                    handlers.Add(handler);
                }
            });

        services.AddScoped<GraphServiceClient>(GraphClientProvider.Create);
        services.TryAddSingleton<GraphReachabilityProbe>();
        services.AddScoped<IDirectorySearch, GraphDirectorySearch>();
        services.AddScoped<IDirectoryNames, GraphDirectoryNames>();
        services.AddScoped<IRequestorDirectory, GraphRequestorDirectory>();
        services.AddScoped<IAccessPackageCatalog, GraphAccessPackageCatalog>();
        services.AddScoped<IPolicyGateway, GraphPolicyGateway>();
        services.AddScoped<IPolicyBatchWriter, GraphPolicyBatchWriter>();
        return builder;
    }
}
