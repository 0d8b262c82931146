using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;
using PolicyPortal.Core.Ports;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Graph.Baselines;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Baselines;
using PolicyPortal.Web.Security;

namespace PolicyPortal.E2E;

/// <summary>The baseline export as a pipeline runs it: the built app with <c>export</c>, its exit code, its file and its
/// messages; and tenant mode's app-only token, which is what lets it run with nobody signed in.</summary>
public sealed class ExportCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoMode_ExportACatalog_WritesItsPackagesPoliciesAndExitsZero()
    {
        var file = Path.Combine(Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = await RunAsync(["export", "--catalog", "Sales & Marketing", "--out", file]);

            code.ShouldBe(0);
            output.ShouldContain($"Wrote 2 access packages to {file}.");
            var baseline = JsonNode.Parse(await File.ReadAllTextAsync(file, Ct))!;
            baseline["scope"]!.GetValue<string>().ShouldBe("catalog Sales & Marketing");
            var reading = BaselineReader.Read(baseline.ToJsonString());
            reading.Problems.ShouldBeEmpty();
            reading.Policies.Select(p => p.Draft.DisplayName)
                .ShouldBe(["Contoso Partners with sponsor approval", "Direct assignment by admins", "Members with manager approval"], ignoreOrder: true);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task UnknownPackage_WritesNothing_SaysWhichAndExitsTwo()
    {
        var file = Path.Combine(Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}.json");

        var (code, _, error) = await RunAsync(["export", "--package", "Sales Resources", "--package", "No Such Package", "--out", file]);

        code.ShouldBe(2);
        error.ShouldContain("Nothing was written: the tenant has no access package “No Such Package” that this app can read.");
        File.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public async Task NoOutputFile_PrintsTheUsageAndExitsTwo()
    {
        var (code, _, error) = await RunAsync(["export", "--all"]);

        code.ShouldBe(2);
        error.ShouldContain(ExportCommand.Usage);
    }

    [Fact]
    public async Task TenantMode_WithoutAnAppCredential_SaysWhatToSetAndExitsTwo()
    {
        var (code, _, error) = await RunAsync(["export", "--all", "--out", Path.Combine(Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}.json")],
            new Dictionary<string, string>
            {
                ["AzureAd__Instance"] = "https://login.microsoftonline.com/",
                ["AzureAd__TenantId"] = FakeEntraAuthority.TenantId,
                ["AzureAd__ClientId"] = FakeEntraAuthority.ClientId,
            });

        code.ShouldBe(2);
        error.ShouldContain("set AzureAd__ClientSecret");
        error.ShouldContain("EntitlementManagement.Read.All");
    }

    [Fact]
    public async Task TenantMode_TheAppsOwnToken_ReadsThePoliciesWithNobodySignedIn()
    {
        await using var authority = await FakeEntraAuthority.StartAsync();
        await using var graph = new DemoPortalServer();
        await using var portal = new TenantPortalServer(authority, new Uri(graph.SandboxRoot, "v1.0"),
            services: s => s.AddScoped<IAccessTokenProvider, AppGraphTokenProvider>());
        await using var scope = portal.Services.CreateAsyncScope();
        var sales = new AccessPackageInfo(SandboxSeedIds.AccessPackages.SalesResources, "Sales Resources", null, "Sales & Marketing", false);

        var baseline = BaselineReader.Read(await scope.ServiceProvider.GetRequiredService<BaselineExporter>().ExportAsync("Sales Resources", [sales], Ct));

        baseline.Policies.Count.ShouldBe(3);
        authority.SignIns.ShouldBe(0);
        authority.TokenRequestScopes.ShouldBe([$"{graph.SandboxRoot.GetLeftPart(UriPartial.Authority)}/.default"], "one app token, for Graph's .default scope");
    }

    /// <summary>The built app, run as <c>dotnet run</c> would (demo mode unless <paramref name="environment"/> configures a
    /// tenant) with a throwaway database.</summary>
    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var web = PortalProcess.WebProjectOutput();
        var database = DemoPortalServer.NewDatabasePath();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web.Output, "PolicyPortal.Web.dll"), .. arguments])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = web.Project,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__SqlitePath"] = database;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(Ct);
            var error = process.StandardError.ReadToEndAsync(Ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            DemoPortalServer.DeleteDatabase(database);
        }
    }
}
