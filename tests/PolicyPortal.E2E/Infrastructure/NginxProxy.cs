using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>Debian's nginx as a TLS-terminating reverse proxy on a loopback port, in front of an app listening on plain
/// HTTP, with the proxy settings a deployment uses (<c>deploy/nginx/policyportal-proxy.conf</c>, included as is).</summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _directory;

    private NginxProxy(Process process, string directory, Uri baseAddress)
    {
        _process = process;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<NginxProxy> StartAsync(Uri upstream, CancellationToken cancellationToken)
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
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), Config(directory, port, upstream), cancellationToken);
        var process = LocalServers.Start(ExecutablePath, ["-p", directory, "-c", Path.Combine(directory, "nginx.conf")]);
        var proxy = new NginxProxy(process, directory, new Uri($"https://127.0.0.1:{port}/"));
        try
        {
            await LocalServers.WaitForPortAsync(process, port, "nginx", cancellationToken);
        }
        catch (InvalidOperationException)
        {
            var log = Path.Combine(directory, "error.log");
            throw new InvalidOperationException($"nginx did not start: {(File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : "no error log")}");
        }
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await LocalServers.StopAsync(_process);
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Config(string directory, int port, Uri upstream) => $$"""
        daemon off;
        worker_processes 1;
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        pid {{directory}}/nginx.pid;
        error_log {{directory}}/error.log warn;
        events { worker_connections 256; }
        http {
            access_log off;
            client_body_temp_path {{directory}}/body;
            proxy_temp_path {{directory}}/proxy;
            fastcgi_temp_path {{directory}}/fastcgi;
            uwsgi_temp_path {{directory}}/uwsgi;
            scgi_temp_path {{directory}}/scgi;
            map $http_upgrade $connection_upgrade { default upgrade; '' close; }
            upstream policyportal { server {{upstream.Host}}:{{upstream.Port}}; }
            server {
                listen 127.0.0.1:{{port}} ssl;
                ssl_certificate {{directory}}/cert.pem;
                ssl_certificate_key {{directory}}/key.pem;
                location / { include {{Checkout.Path("deploy", "nginx", "policyportal-proxy.conf")}}; }
            }
        }
        """;
}
