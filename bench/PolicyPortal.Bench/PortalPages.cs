using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.Bench;

/// <summary>What the harnesses do in the portal's pages, by the same test ids as the E2E page objects.</summary>
public static class PortalPages
{
    /// <summary>The layout renders <c>data-interactive="true"</c> only once the circuit is live.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

    public static Task WaitForWizardAsync(this IPage page) =>
        page.GetByTestId("wizard-step-basics").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 60_000 });

    /// <summary>Goes to a wizard address and waits until its circuit is live and Basics shows.</summary>
    public static async Task OpenWizardAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
        await page.WaitForWizardAsync();
    }

    public static ILocator Input(this IPage page, string testId) =>
        page.Locator($":is(input, textarea)[data-testid='{testId}'], [data-testid='{testId}'] :is(input, textarea)").First;

    /// <summary>Clicks Next until <paramref name="stepName"/> shows.</summary>
    public static async Task NextUntilAsync(this IPage page, string stepName)
    {
        var state = page.GetByTestId("wizard-state");
        for (var current = await state.GetAttributeAsync("data-current-step"); current != stepName; current = await state.GetAttributeAsync("data-current-step"))
        {
            await page.GetByTestId("wizard-next").ClickAsync();
            await Expect(state.And(page.Locator($":not([data-current-step='{current}'])")).Or(page.GetByTestId("step-issues"))).ToBeAttachedAsync();
            if (await page.GetByTestId("step-issues").IsVisibleAsync())
            {
                throw new InvalidOperationException($"The wizard stopped at {current}: {await page.GetByTestId("step-issues").InnerTextAsync()}");
            }
        }
    }
}
