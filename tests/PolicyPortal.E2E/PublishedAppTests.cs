using System.Net;
using Npgsql;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Testing;

namespace PolicyPortal.E2E;

/// <summary>The deployment path without a container runtime (none is served here): <c>dotnet publish</c> output, started
/// with the container's settings (<c>deploy/container/portal.env</c>, what compose.yaml hands the portal), against a
/// real PostgreSQL and a real Redis. Ready only while both answer.</summary>
public sealed class PublishedAppTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyportal-publish-").FullName;
    private readonly string _database = "pp_publish_" + Guid.NewGuid().ToString("N")[..12];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishOutput_WithTheContainersSettings_IsReadyOnPostgreSqlAndRedis_AndNotOnceRedisStops()
    {
        var server = Environment.GetEnvironmentVariable("POLICYPORTAL_TEST_POSTGRES");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), "needs POLICYPORTAL_TEST_POSTGRES, a PostgreSQL server (tests/run.sh starts one)");
        var output = Path.Combine(_folder, "app");
        await PublishAsync(output);
        var redis = await RedisServer.StartAsync(Ct);
        var port = LocalServers.FreePort();
        var settings = ContainerSettings();
        // No tenant to sign in against here: the sandbox stands in, as on a Staging slot (Production never runs demo mode).
        settings["ASPNETCORE_ENVIRONMENT"] = "Staging";
        settings["Portal__DemoMode"] = "true";
        settings["ConnectionStrings__PolicyPortal"] = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        settings["Redis__ConnectionString"] = redis.ConnectionString;
        settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var app = LocalServers.Start("dotnet", [Path.Combine(output, "PolicyPortal.Web.dll")], settings, output);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await LocalServers.WaitForPortAsync(app, port, "the published app", Ct);

            (await ReadyzAsync(http)).ShouldBe(HttpStatusCode.OK, "PostgreSQL (migrated at start), Redis and Graph answer");

            await redis.DisposeAsync();
            (await ReadyzAsync(http)).ShouldBe(HttpStatusCode.ServiceUnavailable, "readiness asks Redis");
        }
        finally
        {
            await LocalServers.StopAsync(app);
            await redis.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        if (Environment.GetEnvironmentVariable("POLICYPORTAL_TEST_POSTGRES") is { Length: > 0 } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>/readyz, once the app answers at all (it migrates the database first).</summary>
    private static async Task<HttpStatusCode> ReadyzAsync(HttpClient http)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(200, Ct))
        {
            try
            {
                return (await http.GetAsync(new Uri("/readyz", UriKind.Relative), Ct)).StatusCode;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not answering yet.
            }
        }
    }

    private static async Task PublishAsync(string output)
    {
        var project = PortalProcess.WebProjectOutput().Project;
        using var publish = LocalServers.Start("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "q"]);
        await publish.WaitForExitAsync(Ct);
        publish.ExitCode.ShouldBe(0, "dotnet publish");
    }

    /// <summary>deploy/container/portal.env as environment variables (comments and blank lines left out).</summary>
    private static Dictionary<string, string> ContainerSettings()
    {
        return File.ReadAllLines(Checkout.Path("deploy", "container", "portal.env"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
    }
}
