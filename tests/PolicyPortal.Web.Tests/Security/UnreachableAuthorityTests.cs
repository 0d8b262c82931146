using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyPortal.Testing;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>Tenant mode while Entra ID cannot be reached: the port is closed, or something accepts the connection and
/// never answers. What needs no sign-in still answers, and what needs one says plainly, within the configured sign-in
/// timeout, that sign-in is not reachable: never a 500, a stack trace or a hang.</summary>
public sealed class UnreachableAuthorityTests : IAsyncLifetime
{
    private const int SignInTimeoutSeconds = 2;

    // Far beyond one sign-in time-out, and short of eight in a row: only a hang or waits queued behind each other hit it.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(12);

    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private FakeEntraAuthority _authority = default!;

    public async ValueTask InitializeAsync()
    {
        _authority = await FakeEntraAuthority.StartAsync();
        _silent.Start();
        _ = AcceptForeverAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _silent.Stop();
        lock (_held)
        {
            _held.ForEach(client => client.Dispose());
        }
        await _authority.DisposeAsync();
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "closed port", "Production" },
        { "closed port", "Development" },
        { "silent listener", "Production" },
        { "silent listener", "Development" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryKindOfPage_AnswersWithoutAHangOrA500(string authority, string environment)
    {
        await using var factory = new TenantModeFactory(_authority, environment: environment, configure: web => web
            .UseSetting("AzureAd:Instance", InstanceFor(authority))
            .UseSetting("SignIn:TimeoutSeconds", SignInTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var app = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        app.Timeout = HangLimit;

        (await StatusAsync(app, "/healthz")).ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(app, "/favicon.svg")).ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(app, "/readyz")).ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable);

        // At once, as a team opening the portal would: each waits one time-out at most, not one after another's.
        var signInPages = new[] { "/", "/policies/new", "/audit", "/access-denied", "/", "/policies/new", "/audit", "/access-denied" };
        var answers = await Task.WhenAll(signInPages.Select(async path =>
        {
            var response = await app.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            return (Path: path, Response: response, Page: await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }));
        foreach (var (signInPage, response, page) in answers)
        {
            using var _ = response;
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, $"{signInPage}: {page[..Math.Min(page.Length, 400)]}");
            response.Headers.RetryAfter.ShouldNotBeNull();
            page.ShouldContain("Sign-in is not reachable");
            foreach (var detail in new[] { FakeEntraAuthority.TenantId, "127.0.0.1", "IDX", "Exception", "   at " })
            {
                page.ShouldNotContain(detail, Case.Sensitive, "deployment details and stack traces are not for the sign-in page");
            }
        }
    }

    private string InstanceFor(string authority) => authority switch
    {
        "closed port" => $"https://127.0.0.1:{ClosedPort()}/",
        _ => $"https://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}/",
    };

    private static async Task<HttpStatusCode> StatusAsync(HttpClient app, string path)
    {
        using var response = await app.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>A port nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Accepts every connection and never sends a byte (a firewall that black-holes, a hung proxy).</summary>
    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                var client = await _silent.AcceptTcpClientAsync();
                lock (_held)
                {
                    _held.Add(client);
                }
            }
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
