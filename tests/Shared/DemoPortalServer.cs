using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace PolicyPortal.Testing;

/// <summary>The real app in demo mode on a loopback port, with its own SQLite file: the Graph SDK reaches the sandbox
/// over real HTTP, as it does for people, and browsers can connect. Shared by integration and E2E tests.</summary>
public sealed class DemoPortalServer : WebApplicationFactory<Program>
{
    private readonly Action<IWebHostBuilder>? _configure;

    /// <param name="configure">Extra host settings, applied last.</param>
    /// <param name="databasePath">The SQLite file to use: pass the <see cref="DatabasePath"/> of a disposed server to
    /// "restart" it on the same data. A new temp file when null.</param>
    public DemoPortalServer(Action<IWebHostBuilder>? configure = null, string? databasePath = null)
    {
        _configure = configure;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"policyportal-test-{Guid.NewGuid():N}.db");
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public Uri BaseAddress { get; }

    /// <summary>This server's SQLite file (drafts, audit, Data Protection keys).</summary>
    public string DatabasePath { get; }

    /// <summary>The sandbox tenant's root on this server.</summary>
    public Uri SandboxRoot => new(BaseAddress, "/sandbox/graph/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development")
            .UseSetting("Database:SqlitePath", DatabasePath)
            // The console gets warnings and errors only: a failing test's own output stays readable in CI's log.
            .ConfigureLogging(logging => logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning));
        _configure?.Invoke(builder);
    }
}
