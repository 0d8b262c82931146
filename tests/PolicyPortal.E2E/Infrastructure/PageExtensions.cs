using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E.Infrastructure;

public static partial class PageExtensions
{
    /// <summary>Prerender is off, but the layout still renders before handlers attach: wait for the live circuit.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

    /// <summary>Waits until the page's address ends with <paramref name="ending"/> (a path, or a whole address).</summary>
    public static Task WaitForAddressEndingAsync(this IPage page, string ending) =>
        WaitForAddressAsync(page, new Regex(Regex.Escape(ending) + "$"));

    /// <summary>Waits until the page's address is a draft's (<c>?draft=</c> and its id).</summary>
    public static Task WaitForDraftAddressAsync(this IPage page) => WaitForAddressAsync(page, DraftAddress());

    /// <summary>Polls the address. Not <c>WaitForURLAsync</c>: it reads the address, then starts listening for navigations,
    /// so a same-document navigation (Blazor's NavigateTo) landing between the two is never seen. Under CPU load that
    /// timed out after 30 s with the address long changed.</summary>
    private static Task WaitForAddressAsync(IPage page, Regex address) =>
        Expect(page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = 30_000 });

    [GeneratedRegex("[?&]draft=[0-9a-f-]{36}$")]
    private static partial Regex DraftAddress();

    /// <summary>Starts recording the page's console errors (a CSP violation shows up there) for a later assertion.</summary>
    public static List<string> RecordConsoleErrors(this IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        return errors;
    }

    /// <summary>Runs axe and returns the serious and critical violations, readable in a failure message.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(this IPage page)
    {
        AxeResult result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => $"{n.Target} [{string.Join("; ", n.Any.Select(check => check.Message))}]"))}")
            .ToList();
    }

    /// <summary>axe's serious and critical findings in the light and the dark theme, each at 1280, 1024 and 390 px wide,
    /// plus a horizontal scroll at 390 px; back to light at 1280 px after. The theme is switched with the app bar's own
    /// button, as an admin would; a static page (error, not found) has no live circuit to switch it, so it is opened
    /// again with the theme cookie that button leaves behind.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityProblemsInEveryThemeAndWidthAsync(this IPage page)
    {
        var problems = new List<string>();
        await page.StopTransitionsAsync();
        var interactive = await page.Locator("[data-interactive='true']").CountAsync() > 0;
        foreach (var theme in new[] { "light", "dark" })
        {
            if (theme == "dark")
            {
                await page.SwitchThemeAsync(interactive, dark: true);
            }
            foreach (var width in new[] { 1280, 1024, 390 })
            {
                await page.SetViewportSizeAsync(width, 800);
                await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
                problems.AddRange((await page.SeriousAccessibilityViolationsAsync()).Select(v => $"{theme} {width} px: {v}"));
                if (width == 390 && await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))
                {
                    problems.Add($"{theme} {width} px: the page scrolls sideways ({await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide)");
                }
            }
        }
        await page.SetViewportSizeAsync(1280, 800);
        await page.SwitchThemeAsync(interactive, dark: false);
        return problems;
    }

    /// <summary>Colours are judged as they settle, not halfway through MudBlazor's transitions after the theme switch.</summary>
    private static async Task StopTransitionsAsync(this IPage page) =>
        await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; animation: none !important; }" });

    private static async Task SwitchThemeAsync(this IPage page, bool interactive, bool dark)
    {
        var (from, to) = dark ? ("Switch to dark theme", "Switch to light theme") : ("Switch to light theme", "Switch to dark theme");
        if (interactive)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = from }).ClickAsync();
        }
        else
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "pp-theme", Value = dark ? "dark" : "light", Url = page.Url }]);
            await page.ReloadAsync();
            await page.StopTransitionsAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = to }).WaitForAsync();
    }

    /// <summary>Keeps a screenshot as a test artifact (TestResults/screenshots) for people to look at.</summary>
    public static Task SaveScreenshotAsync(this IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(dir);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
