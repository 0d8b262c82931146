using System.Net;
using System.Text.Json;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Testing;

namespace PolicyPortal.E2E;

/// <summary>The README's ways to give the app its tenant, each tried on the real app started as its own process (as
/// <c>dotnet run</c> does, Development): appsettings.Local.json beside appsettings.json, user-secrets, environment
/// variables. Each start is in tenant mode: no sandbox, and Home wants a sign-in (here at an authority on a closed
/// port, so the answer is "Sign-in is not reachable" at once rather than a redirect nobody could follow).</summary>
public sealed class TenantConfigurationTests : IDisposable
{
    private const string ClosedAuthority = "https://127.0.0.1:1/";

    private static readonly Dictionary<string, string> Tenant = new()
    {
        ["AzureAd:Instance"] = ClosedAuthority,
        ["AzureAd:TenantId"] = FakeEntraAuthority.TenantId,
        ["AzureAd:ClientId"] = FakeEntraAuthority.ClientId,
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("policyportal-config-").FullName;
    private readonly string _database = DemoPortalServer.NewDatabasePath();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AppSettingsLocalJson_BesideTheCommittedSettings_StartsTenantMode()
    {
        var project = PortalProcess.WebProjectOutput().Project;
        foreach (var committed in Directory.GetFiles(project, "appsettings*.json"))
        {
            File.Copy(committed, Path.Combine(_folder, Path.GetFileName(committed)));
        }
        File.Delete(Path.Combine(_folder, "appsettings.Local.json")); // a developer's own, if any, is not this test's
        await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.Local.json"), Nested(Tenant), Ct);

        await using var portal = await PortalProcess.StartAsync(LocalServers.FreePort(), _database, Ct, contentRoot: _folder);

        await ShouldBeTenantModeAsync(portal);
    }

    [Fact]
    public async Task UserSecrets_StartTenantMode()
    {
        // dotnet user-secrets writes ~/.microsoft/usersecrets/<UserSecretsId>/secrets.json; here under a home of the test's own.
        var secrets = Directory.CreateDirectory(Path.Combine(_folder, ".microsoft", "usersecrets", "policyportal-web")).FullName;
        await File.WriteAllTextAsync(Path.Combine(secrets, "secrets.json"), JsonSerializer.Serialize(Tenant), Ct);

        await using var portal = await PortalProcess.StartAsync(LocalServers.FreePort(), _database, Ct,
            environment: new Dictionary<string, string> { ["HOME"] = _folder });

        await ShouldBeTenantModeAsync(portal);
    }

    [Fact]
    public async Task EnvironmentVariables_StartTenantMode()
    {
        await using var portal = await PortalProcess.StartAsync(LocalServers.FreePort(), _database, Ct,
            environment: Tenant.ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value));

        await ShouldBeTenantModeAsync(portal);
    }

    [Fact]
    public async Task NoTenantKeys_StartDemoMode()
    {
        await using var portal = await PortalProcess.StartAsync(LocalServers.FreePort(), _database, Ct,
            environment: new Dictionary<string, string> { ["HOME"] = _folder });
        using var http = Client(portal);

        (await http.GetAsync(new Uri("/sandbox/graph/v1.0/users", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the sandbox answers, as Graph would without a token");
        (await http.GetAsync(new Uri("/", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        DemoPortalServer.DeleteDatabase(_database);
    }

    private static async Task ShouldBeTenantModeAsync(PortalProcess portal)
    {
        using var http = Client(portal);
        (await http.GetAsync(new Uri("/sandbox/graph/v1.0/users", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "no sandbox in tenant mode");
        using var home = await http.GetAsync(new Uri("/", UriKind.Relative), Ct);
        home.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await home.Content.ReadAsStringAsync(Ct)).ShouldContain("Sign-in is not reachable");
    }

    private static HttpClient Client(PortalProcess portal) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>"AzureAd:ClientId" keys as the nested JSON a settings file holds.</summary>
    private static string Nested(Dictionary<string, string> settings) => JsonSerializer.Serialize(settings
        .GroupBy(setting => setting.Key.Split(':')[0])
        .ToDictionary(section => section.Key, section => section.ToDictionary(setting => setting.Key.Split(':')[1], setting => setting.Value)));
}
