using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PolicyPortal.Web.Security;

/// <summary>
/// Bounds how long one request waits for Entra ID's metadata. The configuration manager fetches it for one caller at a
/// time, so while the authority is silent, ten pages opened at once would wait ten time-outs in a row; with this each
/// waits one at most, then <see cref="SignInUnreachableMiddleware"/> answers. Runs after OpenID Connect's own
/// post-configuration, which creates the manager.
/// </summary>
internal sealed class BoundedMetadataWait(IOptions<SignInOptions> signIn) : IPostConfigureOptions<OpenIdConnectOptions>
{
    public void PostConfigure(string? name, OpenIdConnectOptions options)
    {
        if (options.ConfigurationManager is { } inner and not Bounded)
        {
            options.ConfigurationManager = new Bounded(inner, TimeSpan.FromSeconds(signIn.Value.TimeoutSeconds));
        }
    }

    private sealed class Bounded(IConfigurationManager<OpenIdConnectConfiguration> inner, TimeSpan timeout)
        : IConfigurationManager<OpenIdConnectConfiguration>
    {
        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
        {
            try
            {
                return await inner.GetConfigurationAsync(cancel).WaitAsync(timeout, cancel);
            }
            catch (TimeoutException waited)
            {
                throw new SignInUnreachableException(waited);
            }
        }

        public void RequestRefresh() => inner.RequestRefresh();
    }
}

/// <summary>Entra ID's metadata did not come in time for this request.</summary>
internal sealed class SignInUnreachableException(Exception inner)
    : Exception("Entra ID's OpenID Connect metadata did not arrive within the sign-in time-out.", inner);
