using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyPortal.Testing;

/// <summary>The real app in demo mode on a loopback port, with its own SQLite file: the Graph SDK reaches the sandbox
/// over real HTTP, as it does for people, and browsers can connect. Shared by integration and E2E tests.</summary>
public sealed class DemoPortalServer : WebApplicationFactory<Program>
{
    private readonly Action<IWebHostBuilder>? _configure;

    public DemoPortalServer(Action<IWebHostBuilder>? configure = null)
    {
        _configure = configure;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public Uri BaseAddress { get; }

    /// <summary>The sandbox tenant's root on this server.</summary>
    public Uri SandboxRoot => new(BaseAddress, "/sandbox/graph/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development")
            .UseSetting("Database:SqlitePath", Path.Combine(Path.GetTempPath(), $"policyportal-test-{Guid.NewGuid():N}.db"));
        _configure?.Invoke(builder);
    }
}
