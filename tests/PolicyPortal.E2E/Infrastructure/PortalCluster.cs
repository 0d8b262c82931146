using Npgsql;
using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>The scale-out deployment on loopback (deploy/scale-out): several app processes behind nginx with sticky
/// sessions, sharing one PostgreSQL database (drafts, audit, Data Protection keys) and one Redis (the HybridCache that
/// holds persisted circuits). Instances can be killed and started again on their port.</summary>
public sealed class PortalCluster : IAsyncDisposable
{
    private readonly PortalProcess?[] _instances;
    private readonly int[] _ports;
    private readonly Dictionary<string, string> _settings;
    private readonly string _server;
    private readonly string _database;

    private PortalCluster(int size, Dictionary<string, string> settings, string server, string database, RedisServer redis)
    {
        _instances = new PortalProcess?[size];
        _ports = [.. Enumerable.Range(0, size).Select(_ => LocalServers.FreePort())];
        _settings = settings;
        _server = server;
        _database = database;
        Redis = redis;
    }

    public RedisServer Redis { get; }

    public NginxProxy Proxy { get; private set; } = null!;

    public int Size => _instances.Length;

    /// <param name="settings">More settings for every instance, as environment variables.</param>
    public static async Task<PortalCluster> StartAsync(int size, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable("POLICYPORTAL_TEST_POSTGRES");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), "needs POLICYPORTAL_TEST_POSTGRES, a PostgreSQL server (tests/run.sh starts one)");
        var database = "pp_cluster_" + Guid.NewGuid().ToString("N")[..12];
        var redis = await RedisServer.StartAsync(cancellationToken);
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["ConnectionStrings__PolicyPortal"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
            ["Redis__ConnectionString"] = redis.ConnectionString,
        };
        var cluster = new PortalCluster(size, all, server!, database, redis);
        try
        {
            // The first one alone creates the database and migrates it; then the others join.
            await cluster.StartAsync(0, cancellationToken);
            await Task.WhenAll(Enumerable.Range(1, size - 1).Select(index => cluster.StartAsync(index, cancellationToken)));
            cluster.Proxy = await NginxProxy.StartAsync([.. cluster._ports.Select(port => new Uri($"http://127.0.0.1:{port}"))], cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Which instance answers on <paramref name="port"/>.</summary>
    public int IndexOf(int port) => Array.IndexOf(_ports, port);

    /// <summary>SIGKILL: the instance's circuits go with it, nothing is saved on the way out.</summary>
    public async Task KillAsync(int index)
    {
        if (_instances[index] is { } instance)
        {
            _instances[index] = null;
            await instance.DisposeAsync();
        }
    }

    /// <summary>Starts the instance (again) on its port.</summary>
    public async Task StartAsync(int index, CancellationToken cancellationToken) =>
        _instances[index] = await PortalProcess.StartAsync(_ports[index], Path.Combine(Path.GetTempPath(), "unused.db"), cancellationToken, _settings);

    public async ValueTask DisposeAsync()
    {
        for (var index = 0; index < _instances.Length; index++)
        {
            await KillAsync(index);
        }
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }
        await Redis.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
