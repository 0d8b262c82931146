using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Testing;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>A portal service resolved in its own scope of the demo server, the real Graph SDK under it talking to the
/// sandbox over loopback HTTP; each test starts from the seed with an empty journal.</summary>
public abstract class SandboxServiceTest<TService> : IClassFixture<SandboxServiceTest<TService>.Server>, IAsyncLifetime
    where TService : notnull
{
    private readonly AsyncServiceScope _scope;

    protected SandboxServiceTest(Server server)
    {
        Portal = server.Portal;
        Journal = new SandboxJournal(server.Portal);
        _scope = server.Portal.Services.CreateAsyncScope();
        Service = _scope.ServiceProvider.GetRequiredService<TService>();
    }

    protected SandboxJournal Journal { get; }

    /// <summary>The demo server, e.g. for a second scope standing for another instance or a restart.</summary>
    protected DemoPortalServer Portal { get; }

    protected TService Service { get; }

    /// <summary>The scope's other services, for tests that need a second one (the policies to resolve).</summary>
    protected IServiceProvider Services => _scope.ServiceProvider;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await Journal.ResetAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        Journal.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>One demo server per test class.</summary>
    public sealed class Server : IAsyncDisposable
    {
        public DemoPortalServer Portal { get; } = new();

        public ValueTask DisposeAsync() => Portal.DisposeAsync();
    }
}
