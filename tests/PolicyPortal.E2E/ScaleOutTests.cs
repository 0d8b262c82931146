using System.Globalization;
using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using StackExchange.Redis;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Several instances behind nginx (deploy/scale-out): an admin whose instance dies mid-wizard goes on with
/// another, on the same step with every field; a dropped circuit persisted to Redis is resumed by another instance.</summary>
public sealed class ScaleOutTests
{
    /// <summary>deploy/scale-out/prove.sh sets these: how many trials, and where the tally goes.</summary>
    private const string TrialsVariable = "POLICYPORTAL_SCALE_OUT_TRIALS";
    private const string ReportVariable = "POLICYPORTAL_SCALE_OUT_REPORT";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KillingTheInstanceThatHoldsTheWizard_EachTrial_TheAdminGoesOnWithAnotherOnTheSameStepWithEveryField()
    {
        var trials = int.TryParse(Environment.GetEnvironmentVariable(TrialsVariable), CultureInfo.InvariantCulture, out var wanted) ? wanted : 10;
        await using var cluster = await PortalCluster.StartAsync(3, null, Ct);
        var failures = new List<string>();
        for (var trial = 1; trial <= trials; trial++)
        {
            try
            {
                await TrialAsync(cluster, trial);
            }
            catch (Exception failure) when (failure is PlaywrightException or TimeoutException or ShouldAssertException)
            {
                failures.Add($"trial {trial}: {failure.Message.Split('\n')[0]}");
            }
        }

        var tally = $"{trials - failures.Count} of {trials} trials kept every field";
        if (Environment.GetEnvironmentVariable(ReportVariable) is { Length: > 0 } report)
        {
            await File.WriteAllLinesAsync(report, [tally, .. failures], Ct);
        }
        failures.ShouldBeEmpty(tally);
    }

    /// <summary>Half a policy and a question typed but not saved yet; the instance holding the circuit is killed; nobody
    /// touches the page. Blazor finds the circuit nowhere and reloads, nginx sends the browser to the next instance, which
    /// opens the draft from PostgreSQL at its step, and the tab types back what the server never stored.</summary>
    private static async Task TrialAsync(PortalCluster cluster, int trial)
    {
        await using var browser = await BrowserSession.StartAsync(cluster.Proxy.BaseAddress, trustTestCertificates: true);
        var wizard = new WizardPage(await browser.Context.NewPageAsync());
        var page = wizard.Page;
        var name = $"Contractors (scale-out trial {trial})";
        await HalfPolicy.FillAsync(wizard, name);
        await wizard.NextAsync("questions");
        await page.GetByTestId("add-text-question").ClickAsync();
        var typed = $"Trial {trial}: which project needs this access?";
        await wizard.Input("question-1-text").PressSequentiallyAsync(typed, new() { Delay = 20 });
        await page.EvaluateAsync("() => window.beforeTheKill = true");

        var holder = await cluster.Proxy.LastUpstreamPortAsync("/_blazor/negotiate", Ct);
        await cluster.KillAsync(cluster.IndexOf(holder));

        await page.WaitForFunctionAsync("() => window.beforeTheKill === undefined", null, new() { Timeout = 60_000 });
        await page.WaitForInteractiveAsync();
        (await cluster.Proxy.LastUpstreamPortAsync("/_blazor/negotiate", Ct)).ShouldNotBe(holder, "another instance holds the new circuit");
        await Expect(page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "questions", new() { Timeout = 15_000 });
        await Expect(wizard.Input("question-1-text")).ToHaveValueAsync(typed, new() { Timeout = 15_000 });
        await wizard.BackAsync("approval");
        await HalfPolicy.ExpectIntactAsync(wizard, name);

        await cluster.StartAsync(cluster.IndexOf(holder), Ct);
    }

    [Fact]
    public async Task ACircuitDroppedLongerThanItsInstanceKeepsIt_IsResumedFromRedisByAnotherInstance_WithoutAReload()
    {
        // Kept 2 s once its connection drops, then persisted to the HybridCache over Redis (instead of 3 minutes).
        await using var cluster = await PortalCluster.StartAsync(2, new Dictionary<string, string>
        {
            ["Blazor__Circuit__DisconnectedCircuitRetentionPeriod"] = "00:00:02",
        }, Ct);
        await using var browser = await BrowserSession.StartAsync(cluster.Proxy.BaseAddress, trustTestCertificates: true);
        var wizard = new WizardPage(await browser.Context.NewPageAsync());
        var page = wizard.Page;
        await HalfPolicy.FillAsync(wizard, "Contractors (resumed circuit)");
        await page.EvaluateAsync("() => window.sameDocument = true");
        var holder = await cluster.Proxy.LastUpstreamPortAsync("/_blazor/negotiate", Ct);
        using var redis = await ConnectionMultiplexer.ConnectAsync(cluster.Redis.ConnectionString);
        var keysBefore = await CountKeysAsync(redis);

        await cluster.Proxy.KillAsync(); // the connection drops; the instance holds the circuit, then persists it
        await WaitForAsync(async () => await CountKeysAsync(redis) > keysBefore, "the evicted circuit is persisted in Redis");
        await cluster.KillAsync(cluster.IndexOf(holder));
        await cluster.Proxy.RestartAsync(Ct);

        // Blazor's reconnect asks the other instance for the circuit, which resumes it from Redis: no reload. The resumed
        // circuit renders the page anew, its wizard opening the draft from the database (so it has saved nothing yet).
        await Expect(page.Locator("[data-testid='wizard-state'][data-save-count='0']")).ToBeAttachedAsync(new() { Timeout = 60_000 });
        (await page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue("the page was not reloaded: the circuit was resumed");
        (await cluster.Proxy.LastUpstreamPortAsync("/_blazor/negotiate", Ct)).ShouldNotBe(holder);
        await Expect(page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "approval");
        await Expect(page.GetByTestId("stage-1-approvers-picker").GetByTestId("picked-name")).ToHaveTextAsync(["Adele Vance"]);
        // The resumed circuit works: a step change is answered and saved.
        await wizard.BackAsync("requestor-options");
        await wizard.WaitForSaveAfterAsync(0);
    }

    private static async Task<int> CountKeysAsync(ConnectionMultiplexer redis)
    {
        var server = redis.GetServers().Single();
        var count = 0;
        await foreach (var _ in server.KeysAsync(pattern: "*"))
        {
            count++;
        }
        return count;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !await condition(); await Task.Delay(200, Ct))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, what);
        }
    }
}
