using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Tests.Data.Infrastructure;

/// <summary>
/// One provider's databases for one test class (a class fixture, so every class gets fresh ones).
/// <see cref="Shared"/> is created and migrated up front; <see cref="SettingsFor"/> names further, not yet
/// existing databases for tests that start the app on an empty one.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private DatabaseTarget? _shared;

    /// <summary>A folder of this fixture's own: the content root for relative paths, home of SQLite files.</summary>
    protected string Root { get; } = Directory.CreateTempSubdirectory("policyportal-data-tests-").FullName;

    /// <summary>The migrated database the store tests of this class share (each test uses its own owners).</summary>
    internal DatabaseTarget Shared
    {
        get
        {
            EnsureAvailable();
            return _shared ?? throw new InvalidOperationException("The fixture did not initialise.");
        }
    }

    /// <summary>Why this provider cannot be tested here, or null when it can.</summary>
    protected virtual string? UnavailableReason => null;

    /// <summary>App configuration pointing at database <paramref name="name"/> (lower-case letters, digits, _).</summary>
    public abstract IReadOnlyDictionary<string, string?> SettingsFor(string name);

    /// <summary>Forgets pooled connections to <paramref name="target"/>, as a restarted process would.</summary>
    internal abstract void ClearPool(DatabaseTarget target);

    protected abstract Task DropAllAsync();

    /// <summary>The target the app itself would resolve from <see cref="SettingsFor"/>: same rule, same code.</summary>
    internal DatabaseTarget TargetFor(string name)
    {
        EnsureAvailable();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(SettingsFor(name)).Build();
        return DatabaseTarget.Resolve(DatabaseOptions.From(configuration), Root);
    }

    /// <summary>The data services as the app registers them, on <paramref name="target"/>, with an optional clock.</summary>
    internal ServiceProvider CreateServices(DatabaseTarget target, TimeProvider? time = null)
    {
        EnsureAvailable();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddPortalData(new DatabaseOptions(), target);
        return services.BuildServiceProvider();
    }

    /// <summary>Skips the calling test with the reason, or fails it on CI: never a silent pass.</summary>
    public void EnsureAvailable()
    {
        if (UnavailableReason is not { } reason)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI=true, so this is a failure, not a skip.");
        }

        Assert.Skip(reason);
    }

    public async ValueTask InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        _shared = TargetFor("shared");
        await using var services = CreateServices(_shared);
        await services.GetRequiredService<PortalDatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (UnavailableReason is null)
        {
            await DropAllAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run for.
        }

        GC.SuppressFinalize(this);
    }
}
