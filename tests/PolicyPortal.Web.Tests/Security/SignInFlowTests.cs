using PolicyPortal.Testing;
using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>The whole sign-in against a working fake Entra ID: code flow with PKCE, form_post, MSAL redeeming the
/// code with the client secret, the cookie session, roles, the delegated Graph token, and sign-out.</summary>
public sealed class SignInFlowTests : IAsyncLifetime
{
    private static readonly string[] ConfiguredGraphScopes =
        ["EntitlementManagement.ReadWrite.All", "User.ReadBasic.All", "GroupMember.Read.All", "Application.Read.All"];

    private FakeEntraAuthority _authority = default!;
    private FakeGraph _graph = default!;
    private TenantModeFactory _factory = default!;

    public async ValueTask InitializeAsync()
    {
        _authority = await FakeEntraAuthority.StartAsync();
        _graph = await FakeGraph.StartAsync();
        _factory = new TenantModeFactory(_authority, _graph);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _graph.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_AsAppRoleAdmin_OpensTheWizardPage()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);

        using var page = await browser.GoToAsync("/policies/new");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/policies/new");
        browser.Visited.ShouldContain(uri => uri.AbsoluteUri.StartsWith(_authority.AuthorizeEndpoint, StringComparison.Ordinal));
        browser.Visited.ShouldContain(uri => uri.AbsolutePath == "/signin-oidc");
        // MSAL redeemed the code with the secret and the PKCE verifier, asking for the Graph scopes.
        _authority.TokenRequestScopes.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SignIn_AsIdentityGovernanceAdministrator_OpensTheWizardPage()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        // The template id as Entra's permissions reference lists it for Identity Governance Administrator.
        _authority.NextUser = FakeEntraUser.WithDirectoryRoles("Gus Governance", "45d8d3c5-c802-45c6-b32a-1d70b5e1e86e");

        using var page = await browser.GoToAsync("/policies/new");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/policies/new");
    }

    [Fact]
    public async Task SignIn_WithAnUnrelatedDirectoryRole_IsNotAnAdmin()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        // Message Center Privacy Reader: the id the portal once took for Identity Governance Administrator.
        _authority.NextUser = FakeEntraUser.WithDirectoryRoles("Mia Messages", "ac16e43d-7b2d-40e0-ac05-243ff356ab5b");

        using var page = await browser.GoToAsync("/policies/new");

        page.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/access-denied");
    }

    [Theory]
    [InlineData("/policies/new")]
    [InlineData("/")]
    public async Task SignIn_WithoutAnyRole_ShowsWhichRoleIsNeeded(string path)
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Nora Norole");

        using var page = await browser.GoToAsync(path);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/access-denied");
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("data-testid=\"access-denied\"");
        html.ShouldContain(PortalRoles.Admin);
        html.ShouldContain("Identity Governance Administrator");
    }

    [Fact]
    public async Task SignIn_AsReader_BrowsesHomeButNotTheWizard()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Rita Reader", PortalRoles.Reader);

        using (var home = await browser.GoToAsync("/"))
        {
            home.StatusCode.ShouldBe(HttpStatusCode.OK);
            home.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        }
        using var wizard = await browser.GoToAsync("/policies/new");

        wizard.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/access-denied");
    }

    [Fact]
    public async Task GraphCall_ForSignedInAdmin_CarriesTheirBearerTokenWithTheConfiguredScopes()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);
        (await browser.GoToAsync("/")).Dispose();

        using var response = await browser.App.GetAsync(new Uri(TenantTestEndpoints.ListPackages, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<string[]>(TestContext.Current.CancellationToken)).ShouldBe([FakeGraph.PackageName]);
        var header = _graph.AuthorizationHeaders.ShouldHaveSingleItem();
        header.ShouldStartWith("Bearer ");
        var token = header["Bearer ".Length..];
        _authority.IssuedTokens.ShouldContain(token);
        var jwt = new JsonWebToken(token);
        jwt.GetClaim("oid").Value.ShouldBe(_authority.NextUser!.ObjectId);
        jwt.GetClaim("scp").Value.Split(' ').ShouldBe(ConfiguredGraphScopes, ignoreOrder: true);
    }

    [Fact]
    public async Task ConsentChallenge_FromThePageWithADraft_SignsInForTheScopeAndComesBackToTheDraft()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);
        (await browser.GoToAsync("/policies/new?draft=42")).Dispose();
        // What GraphCallGuard (through Identity.Web's challenge handler) navigates to: the absolute page URL, the scope.
        var challenge = "/authentication/login?returnUrl=" + Uri.EscapeDataString("https://localhost/policies/new?draft=42")
            + "&scope=" + Uri.EscapeDataString("https://graph.microsoft.com/GroupMember.Read.All openid offline_access profile");

        using var back = await browser.GoToAsync(challenge);

        back.StatusCode.ShouldBe(HttpStatusCode.OK);
        back.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/policies/new?draft=42");
        var authorize = browser.Visited.Last(uri => uri.AbsoluteUri.StartsWith(_authority.AuthorizeEndpoint, StringComparison.Ordinal));
        Uri.UnescapeDataString(authorize.Query).ShouldContain("https://graph.microsoft.com/GroupMember.Read.All");
    }

    [Fact]
    public async Task SignOut_WithTheFormsToken_EndsTheSessionHereAndAtTheAuthority()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);
        // The access-denied page is static, so its layout's sign-out form (and token) is in the HTML.
        using var page = await browser.GoToAsync("/access-denied");
        var token = await PortalBrowser.AntiforgeryTokenAsync(page);
        _authority.NextUser = null; // after sign-out the authority asks who you are

        using var end = await browser.PostFormAsync("/authentication/logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        browser.Visited.ShouldContain(uri => uri.AbsoluteUri.StartsWith(_authority.EndSessionEndpoint, StringComparison.Ordinal));
        _authority.EndSessionRequests.ShouldHaveSingleItem().ShouldContain("post_logout_redirect_uri=");
        using var next = await browser.App.GetAsync(new Uri("/policies/new", UriKind.Relative), TestContext.Current.CancellationToken);
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.AbsoluteUri.ShouldStartWith(_authority.AuthorizeEndpoint);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefusedAndTheSessionStays()
    {
        using var browser = new PortalBrowser(_factory, _authority);
        _authority.NextUser = FakeEntraUser.WithAppRoles("Ada Admin", PortalRoles.Admin);
        (await browser.GoToAsync("/")).Dispose();

        using var refused = await browser.App.PostAsync(new Uri("/authentication/logout", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        _authority.EndSessionRequests.ShouldBeEmpty();
        using var still = await browser.App.GetAsync(new Uri("/policies/new", UriKind.Relative), TestContext.Current.CancellationToken);
        still.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
