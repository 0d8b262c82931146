using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Hosting;

/// <summary>
/// The README's way to configure a tenant: copy the sample to appsettings.Local.json beside appsettings.json. The app
/// is started on a content root of its own holding the committed appsettings.json and that file.
/// </summary>
public sealed class ConfigurationSourceTests : IDisposable
{
    private const string ClientId = "99999999-8888-7777-6666-555555555555";
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("policyportal-config-").FullName;

    public ConfigurationSourceTests() =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(_contentRoot, "appsettings.json"));

    [Fact]
    public void Start_WithTenantKeysInAppSettingsLocalJson_IsTenantMode()
    {
        WriteLocalSettings(ClientId);

        using var factory = Factory();

        factory.Services.GetRequiredService<PortalMode>().ShouldBe(PortalMode.Tenant);
    }

    [Fact]
    public void Start_WithoutAppSettingsLocalJson_IsDemoMode()
    {
        using var factory = Factory();

        factory.Services.GetRequiredService<PortalMode>().ShouldBe(PortalMode.Demo);
    }

    [Fact]
    public void Start_WithASettingFromTheHostBesideTheLocalFile_TheHostSettingWins()
    {
        WriteLocalSettings(ClientId);

        // An empty ClientId from the host (as an environment variable or the command line would give) beats the file.
        using var factory = Factory(builder => builder.UseSetting("AzureAd:ClientId", ""));

        factory.Services.GetRequiredService<PortalMode>().ShouldBe(PortalMode.Demo);
    }

    public void Dispose()
    {
        Directory.Delete(_contentRoot, recursive: true);
        GC.SuppressFinalize(this);
    }

    private void WriteLocalSettings(string clientId) => File.WriteAllText(Path.Combine(_contentRoot, "appsettings.Local.json"), $$"""
        {
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "11111111-2222-3333-4444-555555555555",
            "ClientId": "{{clientId}}"
          }
        }
        """);

    private WebApplicationFactory<Program> Factory(Action<IWebHostBuilder>? configure = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development").UseContentRoot(_contentRoot).UseIsolatedSqlite();
            configure?.Invoke(builder);
        });
}
