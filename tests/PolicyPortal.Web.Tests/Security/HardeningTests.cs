using PolicyPortal.Testing;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>Outside Development: HTTPS only, HSTS, secure cookies, and no exception detail for users.</summary>
public sealed class HardeningTests : IAsyncLifetime
{
    private static readonly Uri PublicHttps = new("https://portal.contoso.test");

    private FakeEntraAuthority _authority = default!;
    private TenantModeFactory _factory = default!;

    public async ValueTask InitializeAsync()
    {
        _authority = await FakeEntraAuthority.StartAsync();
        _factory = new TenantModeFactory(_authority, environment: "Staging");
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task PlainHttpRequest_InStaging_IsRedirectedToHttps()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://portal.contoso.test"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/policies/new?draft=3", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location.ShouldBe(new Uri("https://portal.contoso.test/policies/new?draft=3"));
    }

    [Fact]
    public async Task HttpsResponse_InStaging_CarriesHsts()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = PublicHttps, AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").ShouldHaveSingleItem().ShouldContain("max-age=");
    }

    [Fact]
    public async Task SessionCookie_InStaging_IsSecureAndHttpOnly()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);

        (await browser.GoToAsync("/")).Dispose();

        var session = browser.SetCookies.Where(c => c.StartsWith(".AspNetCore.Cookies", StringComparison.Ordinal)).ShouldHaveSingleItem();
        var attributes = session.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        attributes.ShouldContain("secure");
        attributes.ShouldContain("httponly");
        attributes.ShouldContain("samesite=lax");
    }

    [Fact]
    public async Task UnhandledException_InStaging_ShowsARequestIdButNothingOfTheException()
    {
        // Signed in, because every path (even one no endpoint answers) needs a signed-in user.
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);
        (await browser.GoToAsync("/")).Dispose();

        using var response = await browser.App.GetAsync(new Uri(TenantTestEndpoints.Throw, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("data-testid=\"request-id\"");
        html.ShouldNotContain("7f3a9c");
        html.ShouldNotContain("InvalidOperationException");
        html.ShouldNotContain("TenantTestEndpoints");
        html.ShouldNotContain(" at ");
    }
}
