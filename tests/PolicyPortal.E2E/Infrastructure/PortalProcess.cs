using System.Diagnostics;
using PolicyPortal.Testing;

namespace PolicyPortal.E2E.Infrastructure;

/// <summary>The app as its own process, demo mode on a fixed loopback port and SQLite file, started the way
/// <c>dotnet run</c> does (its build output, Development): what a crash test needs, because a kill -9 of a real process
/// runs no shutdown code, unlike stopping an in-process host. Start another on the same port and file to restart.</summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PortalProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="environment">More environment variables (they win over the defaults here).</param>
    /// <param name="contentRoot">Another content root than src/PolicyPortal.Web (where its settings files are read).</param>
    public static async Task<PortalProcess> StartAsync(int port, string databasePath, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null, string? contentRoot = null)
    {
        var web = WebProjectOutput();
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Database__SqlitePath"] = databasePath,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }
        // The content root is the working directory, as under dotnet run.
        var process = LocalServers.Start("dotnet", [Path.Combine(web.Output, "PolicyPortal.Web.dll")], variables, contentRoot ?? web.Project);
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await portal.WaitUntilLiveAsync(cancellationToken);
        return portal;
    }

    /// <summary>SIGKILL: no shutdown hooks, no last save, no flushed buffers.</summary>
    public Task KillAsync() => LocalServers.StopAsync(_process);

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilLiveAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {_process.ExitCode} while starting.");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening, not answering yet.
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException("The portal did not answer /healthz within 60 s of starting.");
    }

    /// <summary>src/PolicyPortal.Web and its build output for this test run's configuration (bin/Debug or bin/Release).</summary>
    public static (string Project, string Output) WebProjectOutput()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var project = Checkout.Path("src", "PolicyPortal.Web");
        var output = Path.Combine(project, "bin", configuration, framework);
        return File.Exists(Path.Combine(output, "PolicyPortal.Web.dll"))
            ? (project, output)
            : throw new InvalidOperationException($"{output} has no PolicyPortal.Web.dll: build the solution first.");
    }
}
