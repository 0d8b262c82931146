using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyPortal.Core.Ports;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Baselines;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>"Compare a baseline with the tenant" as an admin uses it: a policy changed in the tenant shows as drift and
/// applying the baseline restores it; ids that are not here are matched by name or flagged, and a flagged one is chosen.</summary>
public sealed class BaselineDriftTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly AccessPackageInfo Sales = new(SandboxSeedIds.AccessPackages.SalesResources, "Sales Resources", null, "Sales & Marketing", false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PolicyChangedInTheTenant_ShowsAsDrift_ApplyRestoresIt()
    {
        await portal.Sandbox.ResetAsync(Ct);
        var baseline = await ExportSalesAsync();
        await using (var scope = portal.Server.Services.CreateAsyncScope())
        {
            var gateway = scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
            var policy = await gateway.GetAsync(SandboxSeedIds.Policies.SalesResourcesManagerApproval, Ct);
            policy.Description = "Changed by hand in the tenant";
            await gateway.SubmitAsync(gateway.Prepare(policy), Ct);
        }
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Home);
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("baselines-link").ClickAsync();
        await page.WaitForAddressEndingAsync(PageRoutes.Baselines);
        await page.WaitForInteractiveAsync();

        await OpenAsync(page, baseline);

        await Expect(page.GetByTestId("baseline-read")).ToHaveTextAsync("3 policies of access package Sales Resources.");
        await Expect(page.GetByTestId("baseline-drift-summary"))
            .ToHaveTextAsync("2 in sync, 1 changed in the tenant, 0 missing from the tenant, 0 only in the tenant. Nothing has been sent.");
        var drift = page.GetByTestId("baseline-drift");
        await Expect(drift).ToHaveCountAsync(1);
        await Expect(drift).ToHaveAttributeAsync("data-state", "Changed");
        await Expect(drift.GetByTestId("policy-change")).ToContainTextAsync("Changed by hand in the tenant");
        await page.SaveScreenshotAsync("baseline-drift");
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();
        await portal.Sandbox.ClearAsync(Ct);

        await page.GetByTestId("bulk-apply").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("bulk-run-progress")).ToHaveTextAsync("Finished: 1 of 1 settled, 1 saved, 0 not.");
        var batch = (await portal.Sandbox.RequestsAsync("POST", "/$batch", Ct)).ShouldHaveSingleItem();
        batch.GetProperty("requests").EnumerateArray().ShouldHaveSingleItem().GetProperty("method").GetString().ShouldBe("PUT");
        await using var after = portal.Server.Services.CreateAsyncScope();
        (await after.ServiceProvider.GetRequiredService<IPolicyGateway>().GetAsync(SandboxSeedIds.Policies.SalesResourcesManagerApproval, Ct))
            .Description.ShouldNotBe("Changed by hand in the tenant");
    }

    [Fact]
    public async Task IdsNotHere_MatchedByNameOrFlagged_AFlaggedOneIsChosen_AndThePolicyIsInSync()
    {
        await portal.Sandbox.ResetAsync(Ct);
        // As from another tenant: the group's id differs but its name is here; the approver's id and name are not.
        var baseline = (await ExportSalesAsync())
            .Replace(SandboxSeedIds.Groups.SalesManagers, "0b7e1a5c-0000-4000-8000-000000000001", StringComparison.Ordinal)
            .Replace(SandboxSeedIds.Users.MeghanLee, "0b7e1a5c-0000-4000-8000-000000000002", StringComparison.Ordinal)
            .Replace("\"Meghan Lee\"", "\"Someone Who Left\"", StringComparison.Ordinal);
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Baselines);
        await page.WaitForInteractiveAsync();

        await OpenAsync(page, baseline);

        await Expect(page.Locator("[data-testid='baseline-match'][data-by='Name']")).ToContainTextAsync("Sales Managers");
        var flagged = page.Locator("[data-testid='baseline-match'][data-by='NotFound']");
        await Expect(flagged).ToContainTextAsync("Someone Who Left");
        await Expect(flagged).ToContainTextAsync("not in this tenant, by id or by name");
        var refused = page.Locator("[data-testid='baseline-drift'] [data-testid='bulk-item'][data-outcome='refused']");
        await Expect(refused.GetByTestId("bulk-problems")).ToContainTextAsync("Its user “Someone Who Left” is not matched in this tenant");
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();

        await flagged.GetByTestId("baseline-match-change").ClickAsync();
        await page.GetByTestId("baseline-match-picker").GetByRole(AriaRole.Combobox).FillAsync("Meghan");
        await page.GetByTestId("picker-option").Filter(new() { HasText = "Meghan Lee" }).First.ClickAsync();

        await Expect(page.Locator("[data-testid='baseline-match'][data-by='Admin']")).ToContainTextAsync("Meghan Lee");
        await Expect(page.GetByTestId("baseline-drift-summary"))
            .ToHaveTextAsync("3 in sync, 0 changed in the tenant, 0 missing from the tenant, 0 only in the tenant. Nothing has been sent.");
        await Expect(page.GetByTestId("bulk-apply")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NewerFormatVersion_IsRefusedWithItsPlaceInTheFile()
    {
        var baseline = (await ExportSalesAsync()).Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal);
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Baselines);
        await page.WaitForInteractiveAsync();

        await OpenAsync(page, baseline);

        await Expect(page.GetByTestId("baseline-problem")).ToContainTextAsync("$.formatVersion: The file is format version 2, written by a newer PolicyPortal");
        await Expect(page.GetByTestId("baseline-reading")).ToHaveAttributeAsync("role", "alert");
        await Expect(page.GetByTestId("baseline-matches")).ToHaveCountAsync(0);
    }

    private async Task<string> ExportSalesAsync()
    {
        await using var scope = portal.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BaselineExporter>().ExportAsync("access package Sales Resources", [Sales], Ct);
    }

    private static async Task OpenAsync(IPage page, string baseline) =>
        await page.GetByTestId("baseline-file").SetInputFilesAsync(new FilePayload
        {
            Name = "baseline-Sales-Resources.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes(baseline),
        });
}
