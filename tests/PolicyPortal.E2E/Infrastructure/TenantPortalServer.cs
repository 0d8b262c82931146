using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>The real app in tenant mode on a loopback HTTPS port, for a browser: it signs in against a
/// <see cref="FakeEntraAuthority"/> and calls the given Graph base URL (a demo server's sandbox) as Microsoft Graph.</summary>
public sealed class TenantPortalServer : WebApplicationFactory<Program>
{
    private readonly FakeEntraAuthority _authority;
    private readonly Uri _graphBaseUrl;
    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create();
    private readonly string _database = DemoPortalServer.NewDatabasePath();
    private readonly Action<IServiceCollection>? _services;

    /// <param name="plainHttp">Listen on HTTP, as an app behind a TLS-terminating proxy does.</param>
    /// <param name="services">Registrations that win over the app's own.</param>
    public TenantPortalServer(FakeEntraAuthority authority, Uri graphBaseUrl, bool plainHttp = false, Action<IServiceCollection>? services = null)
    {
        _authority = authority;
        _graphBaseUrl = graphBaseUrl;
        _services = services;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (!plainHttp)
            {
                listen.UseHttps(_certificate);
            }
        }));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public Uri BaseAddress { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DemoPortalServer.DeleteDatabase(_database);
        _certificate.Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Development")
            .UseSetting("Database:SqlitePath", _database)
            .UseSetting("Graph:BaseUrl", _graphBaseUrl.ToString().TrimEnd('/'))
            .UseFakeEntra(_authority)
            .ConfigureServices(services => _services?.Invoke(services))
            .ConfigureLogging(logging => logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning));
}
