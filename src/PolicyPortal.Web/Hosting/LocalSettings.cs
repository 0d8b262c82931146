using Microsoft.Extensions.Configuration.Json;

namespace PolicyPortal.Web.Hosting;

/// <summary>Loads <see cref="DependencyInjection.LocalSettingsFile"/> from the content root.</summary>
internal static class LocalSettings
{
    /// <summary>
    /// Right after <c>appsettings.{Environment}.json</c>: it overrides the committed files, while user-secrets, environment
    /// variables and the command line (added later by the host) still override it.
    /// </summary>
    public static void AddLocalSettings(this IConfigurationManager configuration, IHostEnvironment environment)
    {
        var builder = (IConfigurationBuilder)configuration;
        var source = new JsonConfigurationSource
        {
            Path = DependencyInjection.LocalSettingsFile,
            Optional = true,
            ReloadOnChange = false,
            FileProvider = environment.ContentRootFileProvider,
        };
        var sources = builder.Sources;
        var lastFile = sources.Select((item, index) => (item, index))
            .LastOrDefault(entry => entry.item is JsonConfigurationSource { Path: { } path } && path.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase));
        if (lastFile.item is null)
        {
            builder.Add(source);
        }
        else
        {
            sources.Insert(lastFile.index + 1, source);
        }
    }
}
