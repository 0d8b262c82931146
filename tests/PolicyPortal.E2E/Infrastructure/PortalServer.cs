using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>The real app in demo mode on a loopback port, so Chromium talks to it over real HTTP.</summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public PortalServer()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Development")
            .UseSetting("Database:SqlitePath", Path.Combine(Path.GetTempPath(), $"policyportal-e2e-{Guid.NewGuid():N}.db"));
}
