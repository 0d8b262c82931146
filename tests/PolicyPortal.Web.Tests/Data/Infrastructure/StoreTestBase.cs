using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Drafts;

namespace PolicyPortal.Web.Tests.Data.Infrastructure;

/// <summary>
/// Base of the provider-agnostic store tests: written once, run by one subclass per provider. Tests in a class
/// share its fixture's database, so each works with owners and packages of its own.
/// </summary>
public abstract class StoreTestBase(TestDatabase database) : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];
    private ServiceProvider? _services;

    protected TestDatabase Database { get; } = database;

    protected ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected IDraftStore Drafts => Services.GetRequiredService<IDraftStore>();

    protected IAuditLog Audit => Services.GetRequiredService<IAuditLog>();

    private ServiceProvider Services => _services ??= StartServices();

    /// <summary>A separate set of data services on the same database: another circuit, process or instance.</summary>
    internal ServiceProvider StartServices(DatabaseTarget? target = null)
    {
        var services = Database.CreateServices(target ?? Database.Shared, Clock);
        _providers.Add(services);
        return services;
    }

    protected static string NewId(string kind) => $"{kind}-{Guid.NewGuid():N}";

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
