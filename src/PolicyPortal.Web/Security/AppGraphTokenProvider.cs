using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using PolicyPortal.Graph.Client;

namespace PolicyPortal.Web.Security;

/// <summary>The export command's Graph token in tenant mode: the app's own (client credentials, from the same
/// <c>AzureAd</c> settings as sign-in), since nobody signs in to a pipeline. It needs the application permission
/// <c>EntitlementManagement.Read.All</c> (docs/deploy/app-registration.md).</summary>
public sealed class AppGraphTokenProvider(IAuthorizationHeaderProvider headers, IGraphEndpoint endpoint) : IAccessTokenProvider
{
    private readonly string _scope = new Uri(endpoint.BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>The app's token goes to Graph and nowhere else.</summary>
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([new Uri(endpoint.BaseUrl).Host]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        AuthorizationHeaders.Token(await headers.CreateAuthorizationHeaderForAppAsync(_scope, null, cancellationToken));
}
