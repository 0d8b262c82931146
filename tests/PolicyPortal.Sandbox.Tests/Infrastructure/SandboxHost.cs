using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Journal;

namespace PolicyPortal.Sandbox.Tests.Infrastructure;

/// <summary>The sandbox on real Kestrel over loopback (port 0), at the root or under a path base as the Web
/// app mounts it. Each host has its own tenant, so test classes do not see each other's writes.</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    public const string Token = "sandbox-test-token";

    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, string root)
    {
        _app = app;
        Root = root;
        Http = new HttpClient { BaseAddress = new Uri(root + "/") };
    }

    /// <summary>Scheme, host and mount, without a trailing slash.</summary>
    public string Root { get; }

    public string GraphUrl => Root + "/v1.0";

    /// <summary>A raw client without credentials; <see cref="SendAsync"/> adds them.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SandboxHost> StartAsync(string pathBase = "", IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSandboxTenant(builder.Configuration.GetSection(SandboxOptions.Section));
        var app = builder.Build();
        if (pathBase.Length > 0)
        {
            app.Map(pathBase, b => b.UseSandboxTenant());
        }
        else
        {
            app.UseSandboxTenant();
        }
        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new SandboxHost(app, address.TrimEnd('/') + pathBase);
    }

    public GraphServiceClient CreateGraphClient() => new(new DummyTokenProvider(), GraphUrl);

    /// <summary>Sends a raw request relative to the mount, with a bearer token unless <paramref name="authenticate"/> is false.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? body = null,
        IDictionary<string, string>? headers = null, bool authenticate = true)
    {
        using var request = new HttpRequestMessage(method, url.TrimStart('/'));
        if (authenticate)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendJsonAsync(HttpMethod method, string url, string? body = null,
        IDictionary<string, string>? headers = null, bool authenticate = true)
    {
        using var response = await SendAsync(method, url, body, headers, authenticate);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    internal async Task<IReadOnlyList<JournalEntry>> JournalAsync()
    {
        var text = await Http.GetStringAsync("_journal", TestContext.Current.CancellationToken);
        return JsonSerializer.Deserialize<List<JournalEntry>>(text, SandboxJson.Options)!;
    }

    public async Task ResetAsync()
    {
        using var response = await Http.PostAsync("_reset", null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task AddFaultAsync(object command)
    {
        using var response = await Http.PostAsync("_faults",
            new StringContent(JsonSerializer.Serialize(command, SandboxJson.Options), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
