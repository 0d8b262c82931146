using System.Net;
using PolicyPortal.Testing;

namespace PolicyPortal.Web.Tests.Data;

/// <summary><c>/readyz</c> asks Graph (here the sandbox tenant, over loopback HTTP through the real SDK pipeline).</summary>
public sealed class GraphReadinessTests : IClassFixture<GraphReadinessTests.Server>
{
    private const string CatalogsPath = "/v1.0/identityGovernance/entitlementManagement/catalogs";

    private readonly DemoPortalServer _server;

    public GraphReadinessTests(Server server) => _server = server.Portal;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readyz_WhenGraphFails_Answers503ThenRecoversTo200()
    {
        using var journal = new SandboxJournal(_server);
        using var client = new HttpClient { BaseAddress = _server.BaseAddress };
        await journal.ResetAsync(Ct);

        (await client.GetAsync(new Uri("/readyz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var probe = (await journal.RequestsAsync("GET", CatalogsPath, Ct)).ShouldHaveSingleItem();
        probe.GetProperty("status").GetInt32().ShouldBe(200);

        // Every Graph call fails from now on; a 503 with Retry-After must not make the probe wait and retry.
        await journal.FailNextAsync("GET", CatalogsPath, status: 503, count: 50, retryAfterSeconds: 30, Ct);
        var failing = await client.GetAsync(new Uri("/readyz", UriKind.Relative), Ct);
        failing.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await journal.ClearFaultsAsync(Ct);
        (await client.GetAsync(new Uri("/readyz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readyz_WhenGraphIsSlowerThanTheProbeTimeout_Answers503()
    {
        using var journal = new SandboxJournal(_server);
        using var client = new HttpClient { BaseAddress = _server.BaseAddress };
        await journal.ResetAsync(Ct);

        await journal.SetLatencyAsync(8_000, Ct);
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            (await client.GetAsync(new Uri("/readyz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            TimeProvider.System.GetElapsedTime(started).ShouldBeLessThan(TimeSpan.FromSeconds(7.5), "the probe has a short timeout of its own");
        }
        finally
        {
            await journal.ClearFaultsAsync(Ct);
        }
    }

    /// <summary>One demo server for the class.</summary>
    public sealed class Server : IAsyncDisposable
    {
        public DemoPortalServer Portal { get; } = new();

        public ValueTask DisposeAsync() => Portal.DisposeAsync();
    }
}
