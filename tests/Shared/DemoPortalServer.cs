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
    private readonly bool _ownsDatabase;

    /// <param name="configure">Extra host settings, applied last.</param>
    /// <param name="databasePath">The SQLite file to use, kept when this server stops: give two servers one
    /// <see cref="NewDatabasePath"/> to "restart" on the same data (and <see cref="DeleteDatabase"/> it after). When null,
    /// a temp file of this server's own, deleted when it stops.</param>
    public DemoPortalServer(Action<IWebHostBuilder>? configure = null, string? databasePath = null)
    {
        _configure = configure;
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? NewDatabasePath();
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

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"policyportal-test-{Guid.NewGuid():N}.db");

    /// <summary>Deletes a SQLite file and its write-ahead log.</summary>
    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development")
            .UseSetting("Database:SqlitePath", DatabasePath)
            // The console gets warnings and errors only: a failing test's own output stays readable in CI's log.
            .ConfigureLogging(logging => logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning));
        _configure?.Invoke(builder);
    }
}
