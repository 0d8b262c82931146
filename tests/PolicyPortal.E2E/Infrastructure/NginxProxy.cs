using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>Debian's nginx as a TLS-terminating reverse proxy on a loopback port, in front of apps listening on plain
/// HTTP, with the proxy settings a deployment uses (<c>deploy/nginx/policyportal-proxy.conf</c>, included as is, and
/// with several instances <c>deploy/nginx/policyportal-affinity.conf</c>'s sticky sessions). Its access log names the
/// instance that answered each request.</summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/sbin/nginx";

    private readonly string _directory;
    private readonly int _port;
    private Process _process;

    private NginxProxy(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        _port = port;
    }

    public Uri BaseAddress => new($"https://127.0.0.1:{_port}/");

    public static Task<NginxProxy> StartAsync(Uri upstream, CancellationToken cancellationToken) => StartAsync([upstream], cancellationToken);

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<Uri> upstreams, CancellationToken cancellationToken)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's nginx package (tests/run.sh does).");
        }
        var directory = Directory.CreateTempSubdirectory("policyportal-nginx-").FullName;
        using (var certificate = LoopbackCertificate.Create())
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "cert.pem"), certificate.ExportCertificatePem(), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory, "key.pem"), certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem(), cancellationToken);
        }
        var port = LocalServers.FreePort();
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), Config(directory, port, upstreams), cancellationToken);
        return new NginxProxy(await RunAsync(directory, port, cancellationToken), directory, port);
    }

    /// <summary>The instance (its port) that answered the last request whose path starts with <paramref name="path"/>.</summary>
    public async Task<int> LastUpstreamPortAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(_directory, "access.log"), cancellationToken);
        // "$upstream_addr $request_uri"; a request passed on after a failure lists every address tried, the last answered.
        var last = lines.Last(line => line.Split(' ')[^1].StartsWith(path, StringComparison.Ordinal));
        var answered = last.Split(' ')[^2];
        return int.Parse(answered[(answered.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>SIGKILL: every connection through the proxy drops at once, as when a load balancer fails.</summary>
    public Task KillAsync() => LocalServers.StopAsync(_process);

    /// <summary>The same proxy again, on the same address.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await KillAsync();
        _process.Dispose();
        _process = await RunAsync(_directory, _port, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<Process> RunAsync(string directory, int port, CancellationToken cancellationToken)
    {
        var process = LocalServers.Start(ExecutablePath, ["-p", directory, "-c", Path.Combine(directory, "nginx.conf")]);
        try
        {
            await LocalServers.WaitForPortAsync(process, port, "nginx", cancellationToken);
            return process;
        }
        catch (InvalidOperationException)
        {
            var log = Path.Combine(directory, "error.log");
            throw new InvalidOperationException($"nginx did not start: {(File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : "no error log")}");
        }
    }

    private static string Config(string directory, int port, IReadOnlyList<Uri> upstreams) => $$"""
        daemon off;
        worker_processes 1;
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        pid {{directory}}/nginx.pid;
        error_log {{directory}}/error.log warn;
        events { worker_connections 512; }
        http {
            log_format upstreams '$upstream_addr $request_uri';
            access_log {{directory}}/access.log upstreams;
            client_body_temp_path {{directory}}/body;
            proxy_temp_path {{directory}}/proxy;
            fastcgi_temp_path {{directory}}/fastcgi;
            uwsgi_temp_path {{directory}}/uwsgi;
            scgi_temp_path {{directory}}/scgi;
            map $http_upgrade $connection_upgrade { default upgrade; '' close; }
            {{(upstreams.Count > 1 ? $"include {Checkout.Path("deploy", "nginx", "policyportal-affinity.conf")};" : "")}}
            upstream policyportal {
                {{(upstreams.Count > 1 ? "hash $policyportal_affinity consistent;" : "")}}
                {{string.Join("\n", upstreams.Select(upstream => $"server {upstream.Host}:{upstream.Port} max_fails=1 fail_timeout=5s;"))}}
            }
            server {
                listen 127.0.0.1:{{port}} ssl;
                ssl_certificate {{directory}}/cert.pem;
                ssl_certificate_key {{directory}}/key.pem;
                location / { include {{Checkout.Path("deploy", "nginx", "policyportal-proxy.conf")}}; }
            }
        }
        """;
}
