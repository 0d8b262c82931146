using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using PolicyPortal.Graph.Client;

namespace PolicyPortal.Web.Security;

/// <summary>Tenant mode's Graph token: the signed-in admin's delegated token from Microsoft.Identity.Web's token cache.
/// A consent or Conditional Access failure surfaces as MsalUiRequiredException for the challenge handler.</summary>
public sealed class DelegatedGraphTokenProvider : IAccessTokenProvider
{
    private readonly IAuthorizationHeaderProvider _headers;
    private readonly AuthenticationStateProvider _authenticationState;
    private readonly string[] _scopes;

    public DelegatedGraphTokenProvider(
        IAuthorizationHeaderProvider headers,
        AuthenticationStateProvider authenticationState,
        IGraphEndpoint endpoint,
        IOptions<GraphOptions> graph)
    {
        _headers = headers;
        _authenticationState = authenticationState;
        _scopes = graph.Value.ScopeUris().ToArray();
        // The admin's token goes to Graph and nowhere else, whatever URL a caller builds.
        AllowedHostsValidator = new AllowedHostsValidator([new Uri(endpoint.BaseUrl).Host]);
    }

    public AllowedHostsValidator AllowedHostsValidator { get; }

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        var user = (await _authenticationState.GetAuthenticationStateAsync()).User;
        return AuthorizationHeaders.Token(await _headers.CreateAuthorizationHeaderForUserAsync(_scopes, null, user, cancellationToken));
    }
}
