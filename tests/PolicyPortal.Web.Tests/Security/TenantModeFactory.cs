using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyPortal.Testing;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>The real app in tenant mode, signing in against <see cref="FakeEntraAuthority"/> (see
/// <see cref="FakeEntraHosting.UseFakeEntra"/>) and calling <see cref="FakeGraph"/> when one is given; <c>configure</c>
/// comes last, e.g. to point the sign-in somewhere else.</summary>
public sealed class TenantModeFactory(
    FakeEntraAuthority authority,
    FakeGraph? graph = null,
    string environment = "Development",
    CapturingLoggerProvider? logs = null,
    Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    public const string ClientId = FakeEntraAuthority.ClientId;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment)
            .UseIsolatedSqlite()
            .UseFakeEntra(authority)
            .UseSetting("https_port", "443");
        if (graph is not null)
        {
            builder.UseSetting("Graph:BaseUrl", graph.BaseUrl);
        }
        if (logs is not null)
        {
            // A provider-specific rule wins over the app's category rules: everything, down to Trace, reaches it.
            builder.ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        }
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TenantTestEndpoints>());
        configure?.Invoke(builder);
    }
}
