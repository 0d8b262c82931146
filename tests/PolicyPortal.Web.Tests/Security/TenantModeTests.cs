using PolicyPortal.Testing;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace PolicyPortal.Web.Tests.Security;

public sealed class TenantModeTests : IAsyncLifetime
{
    private FakeEntraAuthority _authority = default!;
    private TenantModeFactory _factory = default!;

    public async ValueTask InitializeAsync()
    {
        _authority = await FakeEntraAuthority.StartAsync();
        _factory = new TenantModeFactory(_authority);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task AnonymousRequest_ToAPage_IsSentToTheAuthorityWithPkceAndTheGraphScopes()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/policies/new", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe($"{_authority.Authority.Replace("/v2.0", "", StringComparison.Ordinal)}/oauth2/v2.0/authorize");
        var query = QueryHelpers.ParseQuery(location.Query);
        query["client_id"].ToString().ShouldBe(TenantModeFactory.ClientId);
        query["response_type"].ToString().ShouldBe("code");
        query["code_challenge_method"].ToString().ShouldBe("S256");
        query["code_challenge"].ToString().ShouldNotBeNullOrEmpty();
        query["scope"].ToString().ShouldContain("https://graph.microsoft.com/EntitlementManagement.ReadWrite.All");
    }

    [Theory]
    [InlineData("/sandbox/graph")]
    [InlineData("/sandbox/graph/v1.0/users")]
    [InlineData("/sandbox/graph/_journal")]
    public async Task Sandbox_InTenantMode_AnswersNotFound(string path)
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("@odata");
    }

    [Theory]
    [InlineData("/policies/new")]
    [InlineData("/authentication/login")]
    [InlineData("/sandbox/graph/v1.0/users")]
    public async Task Response_InTenantMode_CarriesTheSecurityHeadersEvenOnTheSignInRedirect(string path)
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("frame-ancestors 'none'");
        // Sign-out's form answer redirects to the authority: the one other place a form may lead.
        csp.ShouldContain($"form-action 'self' {new Uri(_authority.Instance).GetLeftPart(UriPartial.Authority)};");
        response.Headers.GetValues("X-Frame-Options").ShouldHaveSingleItem().ShouldBe("DENY");
        response.Headers.GetValues("X-Content-Type-Options").ShouldHaveSingleItem().ShouldBe("nosniff");
    }

    [Fact]
    public async Task Login_WithAForeignReturnUrl_ComesBackToThisSiteOnly()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/authentication/login?returnUrl=https://evil.example/phish", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith(_authority.Instance);
        response.Headers.Location!.ToString().ShouldNotContain("evil.example");
    }
}
