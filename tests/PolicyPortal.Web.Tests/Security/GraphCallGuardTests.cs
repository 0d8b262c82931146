using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using PolicyPortal.Graph.Client;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>A Graph call that needs consent or a fresh sign-in sends the admin through /authentication/login and back
/// to the page they were on, draft id included.</summary>
public sealed class GraphCallGuardTests : BunitContext
{
    private const string PageWithDraft = "policies/new?draft=42";

    private readonly ThrowingHeaderProvider _headers = new();

    public GraphCallGuardTests()
    {
        Services.AddLogging();
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddSingleton(Options.Create(new GraphOptions()));
        Services.AddSingleton<IGraphEndpoint>(new FixedEndpoint());
        Services.AddSingleton<IAuthorizationHeaderProvider>(_headers);
        Services.AddScoped<DelegatedGraphTokenProvider>();
        Services.AddGraphCallGuard();
        AddAuthorization().SetAuthorized("Ada Admin").SetClaims(new Claim("preferred_username", "ada@contoso.test"), new Claim("tid", "t1"));
    }

    [Fact]
    public async Task RunAsync_WhenTokenAcquisitionNeedsConsent_ChallengesAndReturnsToTheDraft()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(PageWithDraft);
        _headers.Failure = new MicrosoftIdentityWebChallengeUserException(
            new MsalUiRequiredException("invalid_grant", "AADSTS65001: consent required"), ["https://graph.microsoft.com/GroupMember.Read.All"]);

        var result = await GuardedGraphCallAsync();

        result.ChallengeStarted.ShouldBeTrue();
        var (path, query, forceLoad) = LastNavigation();
        forceLoad.ShouldBeTrue();
        path.ShouldBe(AuthenticationEndpoints.Login);
        query["scope"].ToString().Split(' ').ShouldContain("https://graph.microsoft.com/GroupMember.Read.All");
        query["loginHint"].ToString().ShouldBe("ada@contoso.test");
        AuthenticationEndpoints.LocalOrHome(query["returnUrl"], "http://localhost").ShouldBe("/" + PageWithDraft);
    }

    [Fact]
    public async Task RunAsync_WhenMsalExceptionIsWrapped_AsksForTheConfiguredScopes()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(PageWithDraft);
        _headers.Failure = new InvalidOperationException("wrapped by the SDK", new MsalUiRequiredException("invalid_grant", "AADSTS50076: MFA required"));

        var result = await GuardedGraphCallAsync();

        result.ChallengeStarted.ShouldBeTrue();
        var (_, query, _) = LastNavigation();
        query["scope"].ToString().Split(' ').ShouldBeSubsetOf(
            new GraphOptions().ScopeUris().Concat(["openid", "offline_access", "profile"]));
        query["scope"].ToString().ShouldContain("https://graph.microsoft.com/EntitlementManagement.ReadWrite.All");
        AuthenticationEndpoints.LocalOrHome(query["returnUrl"], "http://localhost").ShouldBe("/" + PageWithDraft);
    }

    [Fact]
    public async Task RunAsync_WhileAWizardKeepsItsDraft_SavesItAndComesBackToTheDraftRatherThanThePage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("policies/new?package=p1");
        _headers.Failure = new MsalUiRequiredException("invalid_grant", "AADSTS50076: MFA required");
        var draft = Guid.NewGuid();
        var saves = 0;
        using var kept = Services.GetRequiredService<GraphCallGuard>().KeepDraft(() =>
        {
            saves++;
            return Task.FromResult<string?>(PolicyPortal.Web.Components.PageRoutes.ResumeDraft(draft));
        });

        var result = await GuardedGraphCallAsync();

        result.ChallengeStarted.ShouldBeTrue();
        saves.ShouldBe(1);
        var (path, query, _) = LastNavigation();
        path.ShouldBe(AuthenticationEndpoints.Login);
        AuthenticationEndpoints.LocalOrHome(query["returnUrl"], "http://localhost").ShouldBe($"/policies/new?draft={draft}");
    }

    [Fact]
    public async Task RunAsync_AfterTheWizardClosed_ComesBackToThePageAndSavesNothing()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(PageWithDraft);
        _headers.Failure = new MsalUiRequiredException("invalid_grant", "AADSTS50076: MFA required");
        var saves = 0;
        Services.GetRequiredService<GraphCallGuard>().KeepDraft(() =>
        {
            saves++;
            return Task.FromResult<string?>("/elsewhere");
        }).Dispose();

        await GuardedGraphCallAsync();

        saves.ShouldBe(0);
        AuthenticationEndpoints.LocalOrHome(LastNavigation().Query["returnUrl"], "http://localhost").ShouldBe("/" + PageWithDraft);
    }

    [Fact]
    public async Task RunAsync_WhenTheCallSucceeds_ReturnsItsValueAndStays()
    {
        var guard = Services.GetRequiredService<GraphCallGuard>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        var before = navigation.Uri;

        var result = await guard.RunAsync(_ => Task.FromResult(7), Xunit.TestContext.Current.CancellationToken);

        result.ShouldBe(new GraphCallResult<int>(7, ChallengeStarted: false));
        navigation.Uri.ShouldBe(before);
    }

    [Fact]
    public async Task RunAsync_WhenGraphFailsOtherwise_LetsTheErrorThrough()
    {
        var guard = Services.GetRequiredService<GraphCallGuard>();

        await Should.ThrowAsync<HttpRequestException>(() =>
            guard.RunAsync<int>(_ => throw new HttpRequestException("down"), Xunit.TestContext.Current.CancellationToken));
    }

    /// <summary>What a page does: a Graph call whose token comes from the real delegated token provider.</summary>
    private Task<GraphCallResult<string>> GuardedGraphCallAsync()
    {
        var tokens = Services.GetRequiredService<DelegatedGraphTokenProvider>();
        return Services.GetRequiredService<GraphCallGuard>().RunAsync(
            ct => tokens.GetAuthorizationTokenAsync(new Uri("https://graph.microsoft.com/v1.0/me"), null, ct),
            Xunit.TestContext.Current.CancellationToken);
    }

    private (string Path, Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query, bool ForceLoad) LastNavigation()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var last = navigation.History.First();
        var uri = new Uri(new Uri(navigation.BaseUri), last.Uri);
        return (uri.AbsolutePath, QueryHelpers.ParseQuery(uri.Query), last.Options.ForceLoad);
    }

    private sealed class FixedEndpoint : IGraphEndpoint
    {
        public string BaseUrl => "https://graph.microsoft.com/v1.0";
    }

    private sealed class ThrowingHeaderProvider : IAuthorizationHeaderProvider
    {
        public Exception Failure { get; set; } = new InvalidOperationException("not set");

        public Task<string> CreateAuthorizationHeaderForUserAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? options = null, ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
            Task.FromException<string>(Failure);

        public Task<string> CreateAuthorizationHeaderForAppAsync(string scopes, AuthorizationHeaderProviderOptions? downstreamApiOptions = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<string> CreateAuthorizationHeaderAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? options = null, ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
