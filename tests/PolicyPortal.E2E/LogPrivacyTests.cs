using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;

namespace PolicyPortal.E2E;

/// <summary>Logging at Trace, as an admin chasing a bug would set it, while someone types into the wizard: what they
/// typed and the circuit's secret never reach a log line.</summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task TypingIntoTheWizard_WithEveryCategoryAtTrace_LeavesNoTypedTextInTheLogs()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = new DemoPortalServer(web => web
            .UseSetting("Logging:LogLevel:Default", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .ConfigureLogging(logging => logging.AddProvider(logs)));
        await using var browser = await BrowserSession.StartAsync(server.BaseAddress);
        var wizard = new WizardPage(await browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        var name = $"Zq{Guid.NewGuid():N}"[..14];
        var description = $"Xv{Guid.NewGuid():N}"[..14];

        var saves = await wizard.SaveCountAsync();
        await wizard.Input("policy-name").PressSequentiallyAsync(name);
        await wizard.FillAsync("policy-description", description);
        await wizard.WaitForSaveAfterAsync(saves);

        var lines = logs.Lines.ToList();
        lines.ShouldContain(line => line.StartsWith("Trace", StringComparison.Ordinal), "the capture really ran at Trace");
        lines.ShouldContain(line => line.Contains("Draft", StringComparison.Ordinal) && line.Contains("created", StringComparison.Ordinal), "and saw the draft saved");
        foreach (var typed in new[] { name, name[..6], description })
        {
            lines.ShouldNotContain(line => line.Contains(typed, StringComparison.Ordinal), $"typed text {typed}");
        }
        lines.ShouldNotContain(line => line.Contains("CfDJ8", StringComparison.Ordinal), "a Data Protection payload such as the circuit secret");
    }
}
