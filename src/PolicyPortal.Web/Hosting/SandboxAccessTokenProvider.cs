using Microsoft.Kiota.Abstractions.Authentication;

namespace PolicyPortal.Web.Hosting;

/// <summary>Demo mode's token: the sandbox, like Graph, wants a bearer token but trusts any.</summary>
public sealed class SandboxAccessTokenProvider : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult("demo-sandbox-token");
}
