using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;

namespace PolicyPortal.Bench;

/// <summary>The demo portal (and its sandbox tenant) in this process on a loopback port, quiet: console logging per
/// request would be measured too.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly HttpClient _sandbox;

    /// <param name="scale">The sandbox's seed: the standard one, or the 100,000-user large tenant.</param>
    /// <param name="services">Services a harness adds to the portal's own.</param>
    public BenchHost(SandboxScale scale = SandboxScale.Standard, Action<IServiceCollection>? services = null)
    {
        Server = new DemoPortalServer(builder => builder
            .UseSetting("Sandbox:Scale", scale.ToString())
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureServices(collection => services?.Invoke(collection)));
        Journal = new SandboxJournal(Server);
        _sandbox = new HttpClient { BaseAddress = Server.SandboxRoot };
    }

    public DemoPortalServer Server { get; }

    public SandboxJournal Journal { get; }

    /// <summary>Fixed latency the sandbox adds to every Graph round trip (once per <c>$batch</c>).</summary>
    public async Task SetLatencyAsync(int milliseconds, CancellationToken cancellationToken) =>
        (await _sandbox.PostAsJsonAsync(new Uri("_faults", UriKind.Relative), new { latencyMs = milliseconds }, cancellationToken)).EnsureSuccessStatusCode();

    public async Task<int> CountAsync(string method, string pathContains, CancellationToken cancellationToken) =>
        (await Journal.RequestsAsync(method, pathContains, cancellationToken)).Count;

    public async ValueTask DisposeAsync()
    {
        _sandbox.Dispose();
        Journal.Dispose();
        await Server.DisposeAsync();
    }
}
