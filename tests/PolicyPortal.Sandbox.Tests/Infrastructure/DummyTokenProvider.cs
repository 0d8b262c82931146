using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace PolicyPortal.Sandbox.Tests.Infrastructure;

/// <summary>Adds a dummy bearer token, as a real token provider would (Kiota's bearer provider refuses plain http).</summary>
internal sealed class DummyTokenProvider : IAuthenticationProvider
{
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        request.Headers.TryAdd("Authorization", $"Bearer {SandboxHost.Token}");
        return Task.CompletedTask;
    }
}
