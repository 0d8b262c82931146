using System.Net;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>The whole sign-in against a working fake Entra ID: code flow with PKCE, form_post, MSAL redeeming the
/// code with the client secret, the cookie session, roles, the delegated Graph token, and sign-out.</summary>
public sealed class SignInFlowTests : IAsyncLifetime
{
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
    }
}
