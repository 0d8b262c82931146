using System.Diagnostics;
using System.Globalization;

namespace PolicyPortal.Testing;

/// <summary>Debian's redis-server on a free loopback port, nothing persisted, for as long as the test holds it.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/redis-server";

    private readonly Process _process;
    private int _stopped;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A StackExchange.Redis connection string with short time-outs: a stopped server shows at once.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000";

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's redis-server package (tests/run.sh does).");
        }
        var port = LocalServers.FreePort();
        var server = new RedisServer(
            LocalServers.Start(ExecutablePath, ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]),
            port);
        try
        {
            await LocalServers.WaitForPortAsync(server._process, port, "redis-server", cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server; again is a no-op (a test may stop it early to see what a dead Redis does).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await LocalServers.StopAsync(_process);
            _process.Dispose();
        }
    }
}
