using System.Net;
using System.Net.Sockets;
using PolicyPortal.Web.Tests.Data.Infrastructure;

namespace PolicyPortal.Web.Tests.Data;

public sealed class ReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Readyz_WhenTheDatabaseIsUnreachable_Answers503WhileHealthzStays200()
    {
        await using var app = PortalApp.Start(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PolicyPortal"] = $"Host=127.0.0.1;Port={ClosedPort()};Database=nowhere;Username=nobody;Timeout=3",
            // A release step would migrate; here nothing can, and the app must still start and say it is not ready.
            ["Database:MigrateOnStartup"] = "false",
        });
        using var client = app.CreateClient();

        (await client.GetAsync(new Uri("/readyz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void Start_WithPostgreSqlChosenButNoConnectionString_FailsNamingTheKeys()
    {
        using var app = PortalApp.Start(new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSql" });

        var error = Should.Throw<InvalidOperationException>(() => app.CreateClient());

        error.Message.ShouldContain("Database:Provider");
        error.Message.ShouldContain("ConnectionStrings:PolicyPortal");
    }
}
