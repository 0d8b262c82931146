using System.Text;
using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Big pastes and files: up to 2 MB they are imported over the live circuit (SignalR takes 32 KB a message, so
/// they travel as streams); bigger ones are refused with a message, and the circuit stays up either way.</summary>
public sealed class ImportSizeTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const int Megabyte = 1024 * 1024;
    private const string ImportedName = "policy for external access requests";

    [Theory]
    [InlineData(30 * 1024)]
    [InlineData(Megabyte)]
    [InlineData(2 * Megabyte)]
    public async Task PastedJson_UpTo2MB_IsImported(int bytes)
    {
        var wizard = await NewPolicyAsync();

        await wizard.ImportAsync(PaddedTo(bytes));

        await Expect(wizard.Input("policy-name")).ToHaveValueAsync(ImportedName);
        await ExpectConnectedAsync(wizard);
    }

    [Fact]
    public async Task PastedJson_Of10MB_IsRefusedWithAMessage()
    {
        var wizard = await NewPolicyAsync();

        await wizard.ImportAsync(PaddedTo(10 * Megabyte));

        await Expect(wizard.Page.GetByTestId("import-problems")).ToContainTextAsync("The JSON is 10.0 MB; PolicyPortal imports up to 2 MB");
        await Expect(wizard.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "10.0 MB" })).ToBeVisibleAsync();
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("");
        await wizard.CheckAccessibilityAsync("wizard-import-refused");
        await ExpectConnectedAsync(wizard);
    }

    [Theory]
    [InlineData(Megabyte, true)]
    [InlineData(10 * Megabyte, false)]
    public async Task JsonFile_UpTo2MB_IsImported_ABiggerOneRefused(int bytes, bool imported)
    {
        var wizard = await NewPolicyAsync();
        await wizard.OpenStartOptionsAsync();

        await wizard.Page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "policy.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(PaddedTo(bytes)),
        });

        if (imported)
        {
            await Expect(wizard.Input("policy-name")).ToHaveValueAsync(ImportedName);
        }
        else
        {
            await Expect(wizard.Page.GetByTestId("import-problems")).ToContainTextAsync("10.0 MB");
            await Expect(wizard.Input("policy-name")).ToHaveValueAsync("");
        }
        await ExpectConnectedAsync(wizard);
    }

    private async Task<WizardPage> NewPolicyAsync()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        return wizard;
    }

    /// <summary>Graph's docs example, made exactly <paramref name="bytes"/> long by indenting it (whitespace JSON ignores).</summary>
    private static string PaddedTo(int bytes)
    {
        var json = DocsExamples.Seeded("create-example-2").Trim();
        return string.Concat(json.AsSpan(0, 1), new string(' ', bytes - Encoding.UTF8.GetByteCount(json)), json.AsSpan(1));
    }

    /// <summary>The circuit still answers: an edit reaches the server and is saved.</summary>
    private static async Task ExpectConnectedAsync(WizardPage wizard)
    {
        var saves = await wizard.SaveCountAsync();
        await wizard.FillAsync("policy-name", "Still connected");
        await wizard.WaitForSaveAfterAsync(saves);
    }
}
