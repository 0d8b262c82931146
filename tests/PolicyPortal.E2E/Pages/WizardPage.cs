using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E.Pages;

/// <summary>The policy wizard as a person uses it: by labels, roles and the stable test ids.</summary>
public sealed class WizardPage(IPage page)
{
    public IPage Page => page;

    public ILocator Step(string name) => page.GetByTestId($"wizard-step-{name}");

    public async Task OpenAsync(string url)
    {
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
        await Expect(Step("basics")).ToBeVisibleAsync();
    }

    /// <summary>The text box behind a test id: MudBlazor puts extra attributes on the input itself, not its wrapper.</summary>
    public ILocator Input(string testId) =>
        page.Locator($":is(input, textarea)[data-testid='{testId}'], [data-testid='{testId}'] :is(input, textarea)").First;

    public Task FillAsync(string testId, string text) => Input(testId).FillAsync(text);

    /// <summary>Opens "Start from a template or an existing policy's JSON" and waits until it has finished opening, as a
    /// person would: MudBlazor reports the end of the animation to the server, which re-renders the panel then.</summary>
    public async Task OpenStartOptionsAsync()
    {
        await page.GetByText("Start from a template or an existing policy's JSON").ClickAsync();
        await Expect(page.GetByTestId("start-options").Locator(".mud-collapse-entered")).ToBeVisibleAsync();
    }

    private ILocator State => page.GetByTestId("wizard-state");

    public async Task<string> CurrentStepAsync() => (await State.GetAttributeAsync("data-current-step"))!;

    /// <summary>The stored draft behind the wizard (empty until the first save).</summary>
    public async Task<string> DraftIdAsync() => await State.GetAttributeAsync("data-draft-id") ?? "";

    /// <summary>How often this page has saved the draft so far.</summary>
    public async Task<int> SaveCountAsync() =>
        int.Parse((await State.GetAttributeAsync("data-save-count"))!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits until the page saved the draft again after <paramref name="saves"/> saves, and says so.</summary>
    public async Task WaitForSaveAfterAsync(int saves)
    {
        await Expect(page.Locator($"[data-testid='wizard-state']:not([data-save-count='{saves}'])")).ToBeAttachedAsync();
        await Expect(page.GetByTestId("save-state")).ToHaveTextAsync("Draft saved");
    }

    /// <summary>Pastes policy JSON into "Start from a template or JSON" and imports it. The text lands in the box as a
    /// paste leaves it, value and one input event: Playwright's fill inserts it through the editor instead, which took
    /// Chromium 156 over 30 s for 10 MB.</summary>
    public async Task ImportAsync(string json)
    {
        await OpenStartOptionsAsync();
        await Input("import-json").EvaluateAsync(
            "(box, text) => { box.value = text; box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })); }", json);
        await page.GetByTestId("import-button").ClickAsync();
    }

    /// <summary>Moves on and waits until <paramref name="nextStep"/> shows.</summary>
    public async Task NextAsync(string nextStep)
    {
        await page.GetByTestId("wizard-next").ClickAsync();
        await Expect(State).ToHaveAttributeAsync("data-current-step", nextStep);
    }

    /// <summary>Goes back and waits until <paramref name="previousStep"/> shows.</summary>
    public async Task BackAsync(string previousStep)
    {
        await page.GetByTestId("wizard-back").ClickAsync();
        await Expect(State).ToHaveAttributeAsync("data-current-step", previousStep);
    }

    public Task CheckAsync(string testId) => Input(testId).CheckAsync();

    /// <summary>Types a name into a subject slot's picker and picks the suggestion that shows it.</summary>
    public async Task PickAsync(string slotTestId, string query, string name)
    {
        var picker = page.GetByTestId($"{slotTestId}-picker");
        await Input($"{slotTestId}-picker").FillAsync(query);
        var option = page.GetByTestId("picker-option").Filter(new() { HasText = name });
        await Expect(option.First).ToBeVisibleAsync();
        await option.First.ClickAsync();
        await Expect(picker.GetByTestId("picked-name").Filter(new() { HasText = name })).ToBeVisibleAsync();
    }

    public async Task ChooseAsync(string selectTestId, string optionText)
    {
        await page.GetByTestId(selectTestId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = optionText, Exact = true }).ClickAsync();
    }

    public Task ScreenshotAsync(string name) => page.SaveScreenshotAsync(name);

    /// <summary>Keeps a screenshot of the step and fails on any serious or critical axe violation.</summary>
    public async Task CheckAccessibilityAsync(string name)
    {
        await page.SaveScreenshotAsync(name);
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty($"axe on {name}");
    }

    /// <summary>Clicks Next until <paramref name="stepName"/> shows (the wizard refuses to pass an invalid step).</summary>
    public async Task NextUntilAsync(string stepName)
    {
        for (var current = await CurrentStepAsync(); current != stepName; current = await CurrentStepAsync())
        {
            await page.GetByTestId("wizard-next").ClickAsync();
            await Expect(State.And(page.Locator($":not([data-current-step='{current}'])")).Or(page.GetByTestId("step-issues"))).ToBeAttachedAsync();
            if (await page.GetByTestId("step-issues").IsVisibleAsync())
            {
                throw new InvalidOperationException($"The wizard stopped at {current}: {await page.GetByTestId("step-issues").InnerTextAsync()}");
            }
        }
    }

    public async Task<string> PreviewAsync()
    {
        await Expect(page.GetByTestId("policy-json")).ToBeAttachedAsync();
        return (await page.GetByTestId("policy-json").TextContentAsync())!;
    }

    /// <summary>Presses Submit and confirms with the dialog's button (Create or Update).</summary>
    public async Task SubmitAsync(string confirm)
    {
        await page.GetByTestId("submit-policy").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = confirm, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("submit-result")).ToBeVisibleAsync();
    }
}
