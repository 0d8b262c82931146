using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Data.Audit;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>The audit log pages through every entry (it showed the newest 200 and no more).</summary>
public sealed class AuditLogPagingTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task AuditLog_With130Entries_PagesThroughEveryOne_AndAFilterStartsAtTheNewestAgain()
    {
        var log = portal.Server.Services.GetRequiredService<IAuditLog>();
        for (var i = 1; i <= 130; i++)
        {
            await log.RecordAsync(new AuditEntry
            {
                UserId = "paging-admin",
                UserDisplayName = "Paging Admin",
                Action = AuditAction.Create,
                PolicyDisplayName = string.Create(CultureInfo.InvariantCulture, $"Paged policy {i:000}"),
                Outcome = AuditOutcome.Succeeded,
                HttpStatus = 201,
            }, TestContext.Current.CancellationToken);
        }
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.Audit);
        await page.WaitForInteractiveAsync();
        var policies = page.GetByTestId("audit-policy");

        await Expect(page.GetByTestId("audit-count")).ToHaveTextAsync("130 entries, newest first; 1–50 shown");
        await Expect(policies.First).ToHaveTextAsync("Paged policy 130");
        await page.SaveScreenshotAsync("audit-log-paged");
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Audit log pages" }).GetByRole(AriaRole.Button, new() { Name = "3" }).ClickAsync();

        await Expect(page.GetByTestId("audit-count")).ToHaveTextAsync("130 entries, newest first; 101–130 shown");
        await Expect(policies).ToHaveCountAsync(30);
        await Expect(policies.Last).ToHaveTextAsync("Paged policy 001");

        await page.Locator("input[data-testid='audit-text'], [data-testid='audit-text'] input").First.FillAsync("Paged policy 12");
        await Expect(page.GetByTestId("audit-count")).ToHaveTextAsync("10 entries, newest first");
        await Expect(policies.First).ToHaveTextAsync("Paged policy 129");
    }
}
