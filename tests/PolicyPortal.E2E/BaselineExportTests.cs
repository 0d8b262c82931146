using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;

namespace PolicyPortal.E2E;

/// <summary>Baselines as an admin downloads them: a package's policies from its page, a whole catalog's from "Change many
/// policies".</summary>
public sealed class BaselineExportTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task PackagePage_ExportBaseline_DownloadsEveryPolicyOfThePackage()
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.PackageOf(SandboxSeedIds.AccessPackages.SalesResources));
        await page.WaitForInteractiveAsync();

        var baseline = await DownloadAsync(page, () => page.GetByTestId("export-baseline").ClickAsync());

        baseline.Name.ShouldBe("baseline-Sales-Resources.json");
        baseline.Json["scope"]!.GetValue<string>().ShouldBe("access package Sales Resources");
        baseline.Json["policies"]!.AsArray().Select(p => p!["body"]!["displayName"]!.GetValue<string>())
            .ShouldBe(["Contoso Partners with sponsor approval", "Direct assignment by admins", "Members with manager approval"], ignoreOrder: true);
    }

    [Fact]
    public async Task BulkPage_ExportACatalog_DownloadsItsPackagesPolicies()
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Bulk);
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("bulk-catalog").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Partner Collaboration", Exact = true }).ClickAsync();
        await page.GetByTestId("bulk-choose-catalog").ClickAsync();

        var baseline = await DownloadAsync(page, () => page.GetByTestId("bulk-export").ClickAsync());

        baseline.Json["policies"]!.AsArray().Count.ShouldBe(9);
        baseline.Json["policies"]!.AsArray().ShouldAllBe(p => p!["accessPackage"]!["displayName"]!.GetValue<string>() == "Partner Portal Access");
    }

    private static async Task<(string Name, JsonNode Json)> DownloadAsync(IPage page, Func<Task> click)
    {
        var download = await page.RunAndWaitForDownloadAsync(click);
        var path = await download.PathAsync();
        return (download.SuggestedFilename, JsonNode.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken))!);
    }
}
