using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using PolicyPortal.Graph.Client;

namespace PolicyPortal.Web.Security;

/// <summary>The one place components run a Graph call that may need the admin back at Entra ID: missing consent for a
/// scope, an expired session, or a Conditional Access step-up. The call's UI-required failure (however Kiota or our
/// gateway wrapped it) becomes a full-page trip through <c>/authentication/login</c> that returns to the current URL,
/// query included (so <c>?draft=&lt;id&gt;</c> brings the admin back to their autosaved draft).</summary>
public sealed partial class GraphCallGuard(
    BlazorAuthenticationChallengeHandler challenge,
    IOptions<GraphOptions> graph,
    ILogger<GraphCallGuard> logger)
{
    /// <summary>Runs <paramref name="call"/>. When it needs the admin to sign in or consent again, runs
    /// <paramref name="beforeLeaving"/> (save what the page holds), starts the challenge and returns a result with
    /// <see cref="GraphCallResult{T}.ChallengeStarted"/> set: the page is about to be left, so show nothing more.</summary>
    public async Task<GraphCallResult<T>> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, Func<Task>? beforeLeaving = null)
    {
        try
        {
            return new GraphCallResult<T>(await call(cancellationToken), ChallengeStarted: false);
        }
        catch (Exception error) when (FindUiRequired(error) is { } needed)
        {
            LogChallenge(logger, needed.Reason);
            if (beforeLeaving is not null)
            {
                await beforeLeaving();
            }
            var user = await challenge.GetUserAsync();
            challenge.ChallengeUser(user, needed.Scopes ?? graph.Value.ScopeUris().ToArray(), needed.Claims);
            return new GraphCallResult<T>(default, ChallengeStarted: true);
        }
    }

    /// <summary>Runs a call without a value; true when it completed, false when the admin is being sent to sign in.</summary>
    public async Task<bool> RunAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        (await RunAsync(async ct => { await call(ct); return true; }, cancellationToken)).ChallengeStarted is false;

    /// <summary>True when <paramref name="error"/> means the admin must sign in again or consent before Graph can be called.</summary>
    public static bool NeedsSignIn(Exception error) => FindUiRequired(error) is not null;

    /// <summary>Identity.Web wraps MSAL's exception in its own; Kiota or a gateway may wrap either again.</summary>
    private static UiRequired? FindUiRequired(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case MicrosoftIdentityWebChallengeUserException identityWeb:
                    return new UiRequired(identityWeb.Scopes, identityWeb.MsalUiRequiredException?.Claims, identityWeb.MsalUiRequiredException?.ErrorCode ?? "challenge");
                case MsalUiRequiredException msal:
                    return new UiRequired(null, msal.Claims, msal.ErrorCode);
            }
        }
        return null;
    }

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "A Graph call needs the admin to sign in again or consent ({Reason}); sending them through the challenge")]
    private static partial void LogChallenge(ILogger logger, string reason);

    private sealed record UiRequired(string[]? Scopes, string? Claims, string Reason);
}
