using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Hosting;

/// <summary>Azure SignalR Service is wired by configuration alone. No service can be reached from here, so a loopback
/// listener stands in for its endpoint and sees the app's server connection for Blazor's hub arrive.</summary>
public sealed class AzureSignalRTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithAConnectionString_TheAppConnectsBlazorsHubToTheService()
    {
        using var service = new TcpListener(IPAddress.Loopback, 0);
        service.Start();
        var endpoint = $"http://127.0.0.1:{((IPEndPoint)service.LocalEndpoint).Port}";
        var accessKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray()); // made up: nothing here checks it
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Development").UseIsolatedSqlite()
            .UseSetting("Azure:SignalR:ConnectionString", $"Endpoint={endpoint};AccessKey={accessKey};Version=1.0;"));

        _ = app.Services; // starts the host
        using var connection = await service.AcceptTcpClientAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var request = await FirstLineAsync(connection.GetStream());

        request.ShouldStartWith("GET /server/");
        request.ShouldContain("hub=componenthub", Case.Insensitive);
    }

    private static async Task<string> FirstLineAsync(NetworkStream stream)
    {
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (await stream.ReadAsync(buffer, Ct) == 1 && buffer[0] != '\n')
        {
            line.Append((char)buffer[0]);
        }
        return line.ToString().TrimEnd('\r');
    }
}
