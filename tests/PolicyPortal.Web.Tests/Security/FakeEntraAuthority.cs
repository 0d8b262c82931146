using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace PolicyPortal.Web.Tests.Security;

/// <summary>An OpenID Connect authority on loopback shaped like Entra ID's v2.0 endpoint: discovery and signing keys,
/// so the real OIDC handler can build its sign-in redirect without any network beyond this machine.</summary>
public sealed class FakeEntraAuthority : IAsyncDisposable
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";

    private readonly WebApplication _app;

    private FakeEntraAuthority(WebApplication app, string instance)
    {
        _app = app;
        Instance = instance;
    }

    /// <summary>What goes in <c>AzureAd:Instance</c>, with a trailing slash as Entra's does.</summary>
    public string Instance { get; }

    public string Authority => $"{Instance}{TenantId}/v2.0";

    public static async Task<FakeEntraAuthority> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        using var rsa = RSA.Create(2048);
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = "test-key" });

        app.MapGet($"/{TenantId}/v2.0/.well-known/openid-configuration", (HttpContext context) =>
        {
            var root = $"{context.Request.Scheme}://{context.Request.Host}/{TenantId}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = $"{root}/v2.0",
                ["authorization_endpoint"] = $"{root}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{root}/oauth2/v2.0/token",
                ["end_session_endpoint"] = $"{root}/oauth2/v2.0/logout",
                ["jwks_uri"] = $"{root}/discovery/v2.0/keys",
                ["response_types_supported"] = new[] { "code", "id_token", "code id_token" },
                ["subject_types_supported"] = new[] { "pairwise" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
            });
        });
        app.MapGet($"/{TenantId}/discovery/v2.0/keys", () => Results.Json(new
        {
            keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } },
        }));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeEntraAuthority(app, address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
