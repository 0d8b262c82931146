using Microsoft.Extensions.Logging.Console;
using Microsoft.Kiota.Abstractions.Authentication;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Summary;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Baselines;

/// <summary><c>export</c>: writes a baseline file from the command line, for a pipeline that keeps policies in git:
/// <c>dotnet run --project src/PolicyPortal.Web -- export --catalog "Sales &amp; Marketing" --out baseline.json</c>.
/// The same app and configuration as the portal: demo mode exports the sandbox tenant; tenant mode signs in as the app
/// itself (client credentials), because nobody signs in to a pipeline.</summary>
public sealed class ExportCommand
{
    public const string Name = "export";

    public const string Usage =
        "Usage: dotnet run --project src/PolicyPortal.Web -- export [--catalog NAME]... [--package NAME-OR-ID]... [--all] --out FILE";

    private readonly List<string> _catalogs = [];
    private readonly List<string> _packages = [];
    private bool _all;
    private string? _output;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Parses the arguments, builds the app with <paramref name="build"/>, exports and returns the exit code:
    /// 0 written, 1 Graph refused or failed (said in words), 2 the command or configuration is wrong.</summary>
    public static async Task<int> RunAsync(string[] args, Func<Action<WebApplicationBuilder>, WebApplication> build, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Parse(args[1..]) is not { } command)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        string? configurationProblem = null;
        var app = build(builder =>
        {
            // Its own loopback port, so a portal already running is no obstacle; logs to stderr, so stdout stays the result.
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
            if (!PortalModeResolver.Resolve(builder.Configuration, builder.Environment).IsDemo)
            {
                configurationProblem = AppCredentialProblem(builder.Configuration);
                builder.Services.AddScoped<IAccessTokenProvider, AppGraphTokenProvider>();
            }
        });
        if (configurationProblem is not null)
        {
            await error.WriteLineAsync(configurationProblem);
            return 2;
        }

        await app.StartAsync();
        try
        {
            return await command.ExportAsync(app.Services, output, error);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static ExportCommand? Parse(string[] args)
    {
        var command = new ExportCommand();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--catalog" when value is not null:
                    command._catalogs.Add(value);
                    i++;
                    break;
                case "--package" when value is not null:
                    command._packages.Add(value);
                    i++;
                    break;
                case "--out" when value is not null:
                    command._output = value;
                    i++;
                    break;
                case "--all":
                    command._all = true;
                    break;
                default:
                    return null;
            }
        }
        return command._output is not null && (command._all || command._catalogs.Count + command._packages.Count > 0) ? command : null;
    }

    /// <summary>Client credentials for the app's own token: a secret (from the environment or user-secrets) or an
    /// Identity.Web credential description such as a certificate.</summary>
    private static string? AppCredentialProblem(ConfigurationManager configuration) =>
        string.IsNullOrWhiteSpace(configuration["AzureAd:ClientSecret"]) && !configuration.GetSection("AzureAd:ClientCredentials").GetChildren().Any()
            ? "In tenant mode the export signs in as the app itself: set AzureAd__ClientSecret in the environment (or a certificate under "
                + "AzureAd:ClientCredentials) and grant the app the application permission EntitlementManagement.Read.All "
                + "(docs/deploy/app-registration.md, \"Exporting baselines from a pipeline\")."
            : null;

    private async Task<int> ExportAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            var chosen = new List<AccessPackageInfo>();
            await foreach (var package in scope.ServiceProvider.GetRequiredService<IAccessPackageCatalog>().AllAsync(CancellationToken.None))
            {
                if (_all || _catalogs.Any(c => InCatalog(package, c)) || _packages.Any(p => IsPackage(package, p)))
                {
                    chosen.Add(package);
                }
            }
            var missing = _catalogs.Where(c => !chosen.Any(p => InCatalog(p, c))).Select(c => $"catalog “{c}”")
                .Concat(_packages.Where(name => !chosen.Any(p => IsPackage(p, name))).Select(name => $"access package “{name}”"))
                .ToList();
            if (missing.Count > 0)
            {
                await error.WriteLineAsync($"Nothing was written: the tenant has no {string.Join(", no ", missing)} that this app can read.");
                return 2;
            }

            var json = await scope.ServiceProvider.GetRequiredService<BaselineExporter>().ExportAsync(Scope(), chosen, CancellationToken.None);
            await File.WriteAllTextAsync(_output!, json);
            await output.WriteLineAsync($"Wrote {SummaryWords.Count(chosen.Count, "access package")} to {_output}.");
            return 0;
        }
        catch (GatewayException failure)
        {
            await error.WriteLineAsync(failure.Message);
            return 1;
        }
    }

    private static bool InCatalog(AccessPackageInfo package, string catalog) =>
        string.Equals(package.CatalogName, catalog, StringComparison.OrdinalIgnoreCase);

    /// <summary>A package is asked for by its id or its name.</summary>
    private static bool IsPackage(AccessPackageInfo package, string asked) =>
        string.Equals(asked, package.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(asked, package.DisplayName, StringComparison.OrdinalIgnoreCase);

    private string Scope() => _all
        ? "every access package"
        : string.Join(", ", _catalogs.Select(c => $"catalog {c}").Concat(_packages.Select(p => $"access package {p}")));
}
