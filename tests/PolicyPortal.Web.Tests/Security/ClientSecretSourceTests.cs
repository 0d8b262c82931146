using System.Text.Json;
using Microsoft.Extensions.Configuration;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

public sealed class ClientSecretSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyportal-secrets-").FullName;

    [Fact]
    public void ClientSecret_InAnAppSettingsFile_RefusesToStartNamingTheKeyAndTheFile()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(WriteSettings("appsettings.Production.json", "test-only-from-a-file")).Build();

        var error = Should.Throw<InvalidOperationException>(() => ClientSecretSource.EnsureNotFromAppSettings(configuration));

        error.Message.ShouldContain("AzureAd:ClientSecret");
        error.Message.ShouldContain("appsettings.Production.json");
        error.Message.ShouldNotContain("test-only-from-a-file");
    }

    [Fact]
    public void ClientCredentialSecret_InAnAppSettingsFile_IsRefusedToo()
    {
        var path = Path.Combine(_folder, "appsettings.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            AzureAd = new { ClientCredentials = new object[] { new { SourceType = "StoreWithThumbprint" }, new { SourceType = "ClientSecret", ClientSecret = "test-only-in-a-list" } } },
        }));

        var error = Should.Throw<InvalidOperationException>(() => ClientSecretSource.EnsureNotFromAppSettings(new ConfigurationBuilder().AddJsonFile(path).Build()));

        error.Message.ShouldContain("AzureAd:ClientCredentials:1:ClientSecret");
        error.Message.ShouldNotContain("test-only-in-a-list");
    }

    [Fact]
    public void ClientSecret_FromUserSecretsOrTheEnvironment_IsAccepted()
    {
        var fromUserSecrets = new ConfigurationBuilder().AddJsonFile(WriteSettings("secrets.json", "test-only-user-secret")).Build();
        var fromEnvironment = new ConfigurationBuilder()
            .AddJsonFile(WriteSettings("appsettings.json", ""))
            .AddInMemoryCollection(new Dictionary<string, string?> { [ClientSecretSource.Key] = "test-only-env-secret" })
            .Build();

        Should.NotThrow(() => ClientSecretSource.EnsureNotFromAppSettings(fromUserSecrets));
        Should.NotThrow(() => ClientSecretSource.EnsureNotFromAppSettings(fromEnvironment));
    }

    private string WriteSettings(string name, string secret)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, JsonSerializer.Serialize(new { AzureAd = new { ClientSecret = secret } }));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
