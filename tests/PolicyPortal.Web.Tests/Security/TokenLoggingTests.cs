using PolicyPortal.Testing;
using System.Net;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

public sealed class TokenLoggingTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private FakeEntraAuthority _authority = default!;
    private FakeGraph _graph = default!;
    private TenantModeFactory _factory = default!;

    public async ValueTask InitializeAsync()
    {
        _authority = await FakeEntraAuthority.StartAsync();
        _graph = await FakeGraph.StartAsync();
        _factory = new TenantModeFactory(_authority, _graph, logs: _logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _graph.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task SignInAndGraphCall_LoggedAtTrace_NeverWriteATokenOrSecret()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);

        (await browser.GoToAsync("/policies/new")).Dispose();
        using var graphCall = await browser.App.GetAsync(new Uri(TenantTestEndpoints.ListPackages, UriKind.Relative), TestContext.Current.CancellationToken);

        graphCall.StatusCode.ShouldBe(HttpStatusCode.OK);
        _authority.IssuedTokens.Count.ShouldBe(3); // id, access and refresh token
        var lines = _logs.Lines.ToList();
        lines.ShouldContain(line => line.StartsWith("Trace", StringComparison.Ordinal)); // the capture really ran at Trace
        lines.ShouldContain(line => line.Contains("oauth2/v2.0/token", StringComparison.Ordinal)); // and saw the redemption
        foreach (var secret in _authority.IssuedTokens.Append(FakeEntraAuthority.ClientSecret))
        {
            lines.ShouldNotContain(line => line.Contains(secret, StringComparison.Ordinal));
        }
        lines.ShouldNotContain(line => line.Contains("Bearer ey", StringComparison.OrdinalIgnoreCase));
    }
}
