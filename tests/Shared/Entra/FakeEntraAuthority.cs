using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PolicyPortal.Testing;

/// <summary>An OpenID Connect authority on loopback shaped like Entra ID's v2.0 endpoint: discovery, signing keys,
/// an authorize endpoint that signs in <see cref="NextUser"/> at once, a token endpoint that checks the client secret
/// and the PKCE verifier, issues RS256 tokens and redeems its refresh tokens, and an end-session endpoint.
/// Served over HTTPS with a certificate made here, because MSAL (which redeems the code) refuses http authorities;
/// <see cref="CreateTrustingHandler"/> trusts exactly that certificate.</summary>
public sealed class FakeEntraAuthority : IAsyncDisposable
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string ClientId = "99999999-8888-7777-6666-555555555555";
    public const string ClientSecret = "test-only-client-secret";

    private static readonly string[] OidcScopes = ["openid", "profile", "offline_access"];

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly RsaSecurityKey _signingKey;
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();
    private readonly ConcurrentQueue<string> _issuedTokens = new();
    private readonly ConcurrentQueue<string> _tokenRequestScopes = new();
    private readonly ConcurrentQueue<string> _endSessionRequests = new();
    private readonly ConcurrentDictionary<string, FakeEntraUser> _refreshTokens = new();
    private string? _nextRefreshFailure;
    private int _signIns;

    private FakeEntraAuthority(WebApplication app, X509Certificate2 certificate, RsaSecurityKey signingKey)
    {
        _app = app;
        _certificate = certificate;
        _signingKey = signingKey;
    }

    /// <summary>What goes in <c>AzureAd:Instance</c>, with a trailing slash as Entra's does.</summary>
    public string Instance { get; private set; } = "";

    public string Authority => $"{Instance}{TenantId}/v2.0";

    public string AuthorizeEndpoint => $"{Instance}{TenantId}/oauth2/v2.0/authorize";

    public string EndSessionEndpoint => $"{Instance}{TenantId}/oauth2/v2.0/logout";

    /// <summary>The user the next authorize request signs in; null shows the account picker and stops there.</summary>
    public FakeEntraUser? NextUser { get; set; } = FakeEntraUser.WithAppRoles("Ada Admin", "PolicyPortal.Admin");

    /// <summary>How long access tokens last. Under five minutes, MSAL refreshes before every Graph call (it renews tokens
    /// that expire within five minutes), so each call reaches the token endpoint.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The next refresh-token request is answered as Entra answers when the admin must sign in interactively
    /// (MFA required by Conditional Access): MSAL raises <c>MsalUiRequiredException</c>. Sign-ins are not affected.</summary>
    public void RequireInteractionAtNextRefresh() =>
        _nextRefreshFailure = "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access this resource.";

    /// <summary>How many times the authorize endpoint signed someone in.</summary>
    public int SignIns => Volatile.Read(ref _signIns);

    /// <summary>Every id, access and refresh token this authority handed out.</summary>
    public IReadOnlyCollection<string> IssuedTokens => _issuedTokens;

    /// <summary>The <c>scope</c> of every successful token request.</summary>
    public IReadOnlyCollection<string> TokenRequestScopes => _tokenRequestScopes;

    /// <summary>The query strings the end-session endpoint received.</summary>
    public IReadOnlyCollection<string> EndSessionRequests => _endSessionRequests;

    public static async Task<FakeEntraAuthority> StartAsync()
    {
        var certificate = LoopbackCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var authority = new FakeEntraAuthority(app, certificate, new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" });
        authority.MapEndpoints();

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        authority.Instance = address.TrimEnd('/') + "/";
        return authority;
    }

    /// <summary>An HTTP handler that trusts this authority's certificate (and only it, beyond the usual chain checks).</summary>
    public HttpClientHandler CreateTrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || certificate?.RawData.AsSpan().SequenceEqual(_certificate.RawData) == true,
    };

    private void MapEndpoints()
    {
        var tenant = $"/{TenantId}";
        _app.MapGet($"{tenant}/v2.0/.well-known/openid-configuration", (HttpContext context) =>
        {
            var root = $"{context.Request.Scheme}://{context.Request.Host}{tenant}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = $"{root}/v2.0",
                ["authorization_endpoint"] = $"{root}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{root}/oauth2/v2.0/token",
                ["end_session_endpoint"] = $"{root}/oauth2/v2.0/logout",
                ["jwks_uri"] = $"{root}/discovery/v2.0/keys",
                ["response_types_supported"] = new[] { "code", "id_token", "code id_token" },
                ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
                ["subject_types_supported"] = new[] { "pairwise" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
                ["tenant_region_scope"] = "EU",
            });
        });
        _app.MapGet($"{tenant}/discovery/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_signingKey.Rsa.ExportParameters(false)) { KeyId = _signingKey.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        _app.MapGet($"{tenant}/oauth2/v2.0/authorize", Authorize);
        _app.MapPost($"{tenant}/oauth2/v2.0/token", (Func<HttpContext, Task<IResult>>)RedeemAsync);
        _app.MapGet($"{tenant}/oauth2/v2.0/logout", (HttpContext context) =>
        {
            _endSessionRequests.Enqueue(context.Request.QueryString.Value ?? "");
            var back = context.Request.Query["post_logout_redirect_uri"].ToString();
            return back.Length == 0
                ? Results.Text("You have signed out.")
                : Results.Redirect($"{back}?state={Uri.EscapeDataString(context.Request.Query["state"].ToString())}");
        });
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code"
            || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]))
        {
            return Results.BadRequest("invalid_request: a confidential client with PKCE (S256) and response_type=code is required");
        }

        if (NextUser is null)
        {
            return Results.Content("<html><body><h1>Pick an account</h1></body></html>", "text/html");
        }

        Interlocked.Increment(ref _signIns);
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var redirectUri = query["redirect_uri"].ToString();
        _codes[code] = new PendingCode(NextUser, redirectUri, query["code_challenge"].ToString(), query["nonce"].ToString());
        var response = new Dictionary<string, string>
        {
            ["code"] = code,
            ["state"] = query["state"].ToString(),
            ["client_info"] = ClientInfo(NextUser),
            ["session_state"] = Guid.NewGuid().ToString(),
        };

        if (query["response_mode"] == "form_post")
        {
            // What Entra sends: a self-submitting form. The test's browser stand-in posts it.
            var html = new StringBuilder($"<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{HtmlEncoder.Default.Encode(redirectUri)}\">");
            foreach (var (name, value) in response)
            {
                html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{name}\" value=\"{HtmlEncoder.Default.Encode(value)}\" />");
            }
            return Results.Content(html.Append("</form></body></html>").ToString(), "text/html");
        }
        return Results.Redirect($"{redirectUri}?{string.Join('&', response.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"))}");
    }

    private async Task<IResult> RedeemAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return TokenError("invalid_client", "AADSTS7000215: Invalid client secret provided.", HttpStatusCode.Unauthorized);
        }
        if (form["grant_type"] == "client_credentials")
        {
            return AppToken(context, form);
        }
        if (form["grant_type"] == "refresh_token")
        {
            if (Interlocked.Exchange(ref _nextRefreshFailure, null) is { } failure)
            {
                return TokenError("invalid_grant", failure);
            }
            return _refreshTokens.TryGetValue(form["refresh_token"].ToString(), out var holder)
                ? Tokens(context, form, holder, nonce: null)
                : TokenError("invalid_grant", "AADSTS700082: The refresh token has expired or is unknown.");
        }
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var pending))
        {
            return TokenError("invalid_grant", "AADSTS70008: The provided authorization code is unknown, used or expired.");
        }
        if (form["redirect_uri"] != pending.RedirectUri)
        {
            return TokenError("invalid_grant", "AADSTS50148: The redirect_uri does not match the one of the authorization request.");
        }
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (challenge != pending.CodeChallenge)
        {
            return TokenError("invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.");
        }
        return Tokens(context, form, pending.User, pending.Nonce);
    }

    private IResult Tokens(HttpContext context, IFormCollection form, FakeEntraUser user, string? nonce)
    {

        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var resourceScopes = requested.Where(s => !OidcScopes.Contains(s)).ToArray();
        _tokenRequestScopes.Enqueue(form["scope"].ToString());
        var root = $"{context.Request.Scheme}://{context.Request.Host}/{TenantId}";
        var idClaims = new Dictionary<string, object>
        {
            ["iss"] = $"{root}/v2.0",
            ["aud"] = ClientId,
            ["sub"] = user.ObjectId,
            ["oid"] = user.ObjectId,
            ["tid"] = TenantId,
            ["ver"] = "2.0",
            ["name"] = user.Name,
            ["preferred_username"] = user.UserName,
            ["roles"] = user.Roles,
            ["wids"] = user.DirectoryRoles,
        };
        if (nonce is not null)
        {
            idClaims["nonce"] = nonce; // only the sign-in's own id token answers a nonce
        }
        var idToken = Issue(idClaims, TimeSpan.FromHours(1));
        // Entra's Graph token: audience is the resource, scp the granted scopes without it.
        var resource = resourceScopes.Length > 0 ? resourceScopes[0][..resourceScopes[0].LastIndexOf('/')] : "00000003-0000-0000-c000-000000000000";
        var accessToken = Issue(new Dictionary<string, object>
        {
            ["iss"] = $"https://sts.windows.net/{TenantId}/",
            ["aud"] = resource,
            ["oid"] = user.ObjectId,
            ["tid"] = TenantId,
            ["appid"] = ClientId,
            ["scp"] = string.Join(' ', resourceScopes.Select(s => s[(s.LastIndexOf('/') + 1)..])),
        }, AccessTokenLifetime);
        var refreshToken = "fake-refresh-" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        _issuedTokens.Enqueue(idToken);
        _issuedTokens.Enqueue(accessToken);
        _issuedTokens.Enqueue(refreshToken);
        _refreshTokens[refreshToken] = user;

        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = string.Join(' ', resourceScopes),
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["access_token"] = accessToken,
            ["refresh_token"] = refreshToken,
            ["id_token"] = idToken,
            ["client_info"] = ClientInfo(user),
        });
    }

    /// <summary>The app's own token (client credentials): only a resource's <c>/.default</c> scope, the app's application
    /// permissions as roles, no user and no refresh token, as Entra answers it.</summary>
    private IResult AppToken(HttpContext context, IFormCollection form)
    {
        var scope = form["scope"].ToString();
        _tokenRequestScopes.Enqueue(scope);
        if (!scope.EndsWith("/.default", StringComparison.Ordinal) || scope.Contains(' ', StringComparison.Ordinal))
        {
            return TokenError("invalid_scope", "AADSTS1002012: The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.");
        }
        var accessToken = Issue(new Dictionary<string, object>
        {
            ["iss"] = $"https://sts.windows.net/{TenantId}/",
            ["aud"] = scope[..scope.LastIndexOf('/')],
            ["tid"] = TenantId,
            ["appid"] = ClientId,
            ["roles"] = new[] { "EntitlementManagement.Read.All" },
        }, AccessTokenLifetime);
        _issuedTokens.Enqueue(accessToken);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["access_token"] = accessToken,
        });
    }

    private string Issue(Dictionary<string, object> claims, TimeSpan lifetime)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string ClientInfo(FakeEntraUser user) =>
        Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { uid = user.ObjectId, utid = TenantId }));

    private static IResult TokenError(string error, string description, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Results.Json(new { error, error_description = description }, statusCode: (int)status);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificate.Dispose();
        _signingKey.Rsa.Dispose();
    }

    private sealed record PendingCode(FakeEntraUser User, string RedirectUri, string CodeChallenge, string Nonce);
}
