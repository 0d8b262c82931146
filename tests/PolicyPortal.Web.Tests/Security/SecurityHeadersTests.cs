using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Security;

public sealed class SecurityHeadersTests : IClassFixture<SecurityHeadersTests.DemoFactory>
{
    private readonly DemoFactory _factory;

    public SecurityHeadersTests(DemoFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/policies/new")]
    [InlineData("/healthz")]
    [InlineData("/css/portal.css")]
    [InlineData("/no-such-page")]
    [InlineData("/sandbox/graph/v1.0/users")]
    public async Task Response_ForAnyPath_CarriesTheSecurityHeaders(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        var headers = response.Headers;
        string Header(string name) => string.Join(",", headers.TryGetValues(name, out var values) ? values : []);
        Header("Content-Security-Policy").ShouldContain("script-src 'self';");
        Header("Content-Security-Policy").ShouldContain("frame-ancestors 'none'");
        Header("Content-Security-Policy").ShouldNotContain("unsafe-eval");
        Header("Content-Security-Policy").ShouldContain("form-action 'self';", Case.Sensitive, "demo mode signs nobody out anywhere else");
        Header("X-Content-Type-Options").ShouldBe("nosniff");
        Header("X-Frame-Options").ShouldBe("DENY");
        Header("Referrer-Policy").ShouldBe("strict-origin-when-cross-origin");
    }

    public sealed class DemoFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development").UseIsolatedSqlite();
    }
}
