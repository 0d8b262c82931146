using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace PolicyPortal.Graph.Client;

/// <summary>Whether Graph answered the probe, and in words for the readiness report.</summary>
public sealed record GraphReachability(bool IsReachable, string Description);

/// <summary>
/// One cheap Graph call (the first catalog's id) through the real pipeline, for readiness. Any answer Graph gives on
/// its own behalf (200, or 401/403 without a signed-in admin) means it is reachable; 5xx, 429, a dropped connection
/// or the caller's timeout mean it is not. Retries are off: a probe reports, it does not wait for Graph to recover.
/// </summary>
public sealed class GraphReachabilityProbe(IHttpClientFactory httpClients, IGraphEndpoint endpoint)
{
    /// <param name="tokens">A token source that works without a signed-in admin (the sandbox's), or null to call
    /// anonymously, where Graph's 401 still proves it answers.</param>
    public async Task<GraphReachability> CheckAsync(IAccessTokenProvider? tokens, CancellationToken cancellationToken)
    {
        IAuthenticationProvider authentication = tokens is null
            ? new AnonymousAuthenticationProvider()
            : new BaseBearerTokenAuthenticationProvider(tokens);
        using var client = new GraphServiceClient(httpClients.CreateClient(GraphHttpPipeline.HttpClientName), authentication, endpoint.BaseUrl);
        try
        {
            await client.IdentityGovernance.EntitlementManagement.Catalogs.GetAsync(request =>
            {
                request.QueryParameters.Top = 1;
                request.QueryParameters.Select = ["id"];
                request.Options.Add(new RetryHandlerOption { MaxRetry = 0 });
            }, cancellationToken).ConfigureAwait(false);
            return new GraphReachability(true, "Microsoft Graph answered.");
        }
        catch (ApiException error) when (error.ResponseStatusCode is >= 400 and < 500 and not 429)
        {
            return new GraphReachability(true, $"Microsoft Graph answered (HTTP {error.ResponseStatusCode}).");
        }
        catch (ApiException error)
        {
            return new GraphReachability(false, $"Microsoft Graph answered HTTP {error.ResponseStatusCode}.");
        }
        catch (HttpRequestException error)
        {
            return new GraphReachability(false, $"Microsoft Graph could not be reached ({error.HttpRequestError}).");
        }
    }
}
