using Microsoft.Extensions.Configuration.Json;

namespace PolicyPortal.Web.Security;

/// <summary>The client secret comes from user-secrets, the environment or another secret store, never from the
/// appsettings files that are committed and shipped with the app.</summary>
internal static class ClientSecretSource
{
    public const string Key = "AzureAd:ClientSecret";

    public static void EnsureNotFromAppSettings(IConfiguration configuration)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return;
        }
        foreach (var key in SecretKeys(root))
        {
            // The provider whose value wins is the last one that has it.
            var source = root.Providers.LastOrDefault(provider => provider.TryGet(key, out var value) && !string.IsNullOrWhiteSpace(value));
            if (source is JsonConfigurationProvider { Source.Path: { } path }
                && Path.GetFileName(path).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"{key} is set in {path}, a file that is committed and deployed with the app. Remove it there and set it with "
                    + $"'dotnet user-secrets set {key} ...' or the {key.Replace(":", "__", StringComparison.Ordinal)} environment variable, "
                    + "or use a certificate or a managed identity (docs/deploy/app-registration.md).");
            }
        }
    }

    /// <summary><c>AzureAd:ClientSecret</c>, and the secret of each Identity.Web <c>AzureAd:ClientCredentials</c> entry.</summary>
    private static IEnumerable<string> SecretKeys(IConfiguration configuration) =>
        configuration.GetSection("AzureAd:ClientCredentials").GetChildren().Select(credential => $"{credential.Path}:ClientSecret").Prepend(Key);
}
