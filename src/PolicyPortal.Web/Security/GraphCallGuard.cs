using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using PolicyPortal.Graph.Client;

namespace PolicyPortal.Web.Security;

/// <summary>The one place components run a Graph call that may need the admin back at Entra ID: missing consent for a
/// scope, an expired session, or a Conditional Access step-up. The call's UI-required failure (however Kiota or our
/// gateway wrapped it) becomes a full-page trip through <c>/authentication/login</c> that returns to the current URL,
/// or, while a wizard keeps its draft here (<see cref="KeepDraft"/>), saves that draft and returns to it.</summary>
/// <remarks>One per circuit. The challenge URL is the one Identity.Web's <c>BlazorAuthenticationChallengeHandler</c>
/// builds, except that the way back can be the draft's own address rather than the page's.</remarks>
public sealed partial class GraphCallGuard(
    NavigationManager navigation,
    AuthenticationStateProvider authentication,
    IOptions<GraphOptions> graph,
    ILogger<GraphCallGuard> logger)
{
    private static readonly string[] SignInScopes = ["openid", "offline_access", "profile"];

    private Func<Task<string?>>? _keptDraft;

    /// <summary>Runs <paramref name="call"/>. When it needs the admin to sign in or consent again, saves the kept draft,
    /// starts the challenge and returns a result with <see cref="GraphCallResult{T}.ChallengeStarted"/> set: the page is
    /// about to be left, so show nothing more.</summary>
    public async Task<GraphCallResult<T>> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return new GraphCallResult<T>(await call(cancellationToken), ChallengeStarted: false);
        }
        catch (Exception error) when (FindUiRequired(error) is { } needed)
        {
            LogChallenge(logger, needed.Reason);
            var returnUrl = (_keptDraft is { } keep ? await keep() : null) ?? new Uri(navigation.Uri).PathAndQuery;
            var user = (await authentication.GetAuthenticationStateAsync()).User;
            var query = new Dictionary<string, string?>
            {
                ["returnUrl"] = returnUrl,
                ["scope"] = string.Join(' ', (needed.Scopes ?? graph.Value.ScopeUris().ToArray()).Union(SignInScopes)),
                ["loginHint"] = user.FindFirst("preferred_username")?.Value ?? string.Empty,
                ["domainHint"] = "organizations",
            };
            if (!string.IsNullOrEmpty(needed.Claims))
            {
                query["claims"] = needed.Claims; // a Conditional Access step-up says what it wants
            }
            navigation.NavigateTo(QueryHelpers.AddQueryString(AuthenticationEndpoints.Login, query), forceLoad: true);
            return new GraphCallResult<T>(default, ChallengeStarted: true);
        }
    }

    /// <summary>Runs a call without a value; true when it completed, false when the admin is being sent to sign in.</summary>
    public async Task<bool> RunAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        (await RunAsync(async ct => { await call(ct); return true; }, cancellationToken)).ChallengeStarted is false;

    /// <summary>While the returned handle lives, a challenge from any Graph call of this circuit (the wizard's own, a
    /// directory picker's) first runs <paramref name="saveAndLocate"/>, which saves the open draft and gives the address
    /// that reopens it (null: come back to the page as it is).</summary>
    public IDisposable KeepDraft(Func<Task<string?>> saveAndLocate)
    {
        _keptDraft = saveAndLocate;
        return new KeptDraft(this, saveAndLocate);
    }

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

    /// <summary>Releases only its own draft: a form opened since has kept its own.</summary>
    private sealed class KeptDraft(GraphCallGuard guard, Func<Task<string?>> saveAndLocate) : IDisposable
    {
        public void Dispose()
        {
            if (guard._keptDraft == saveAndLocate)
            {
                guard._keptDraft = null;
            }
        }
    }
}
