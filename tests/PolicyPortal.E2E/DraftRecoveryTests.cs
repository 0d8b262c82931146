using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;
using PolicyPortal.Web.Policies;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Nothing typed is lost: half a policy survives a closed browser and a restarted server.</summary>
public sealed class DraftRecoveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HalfAPolicy_AfterTheBrowserIsClosed_IsListedAtHomeAndResumesIntactAtItsStep()
    {
        await using var server = new DemoPortalServer();
        var name = "Contractors (closed tab)";
        await using (var first = await BrowserSession.StartAsync(server.BaseAddress))
        {
            var wizard = new WizardPage(await first.Context.NewPageAsync());
            await HalfPolicy.FillAsync(wizard, name);
            await wizard.Page.CloseAsync();
        }

        // A new browser: new context, new circuit.
        await using var second = await BrowserSession.StartAsync(server.BaseAddress);
        var home = await second.Context.NewPageAsync();
        await home.GotoAsync(PageRoutes.Home);
        await home.WaitForInteractiveAsync();
        // This server's only draft: listed with its name, package and step.
        await Expect(home.GetByTestId("draft-name")).ToHaveTextAsync([name]);
        await Expect(home.GetByTestId("drafts")).ToContainTextAsync("Marketing Campaign Tools");
        await Expect(home.GetByTestId("drafts")).ToContainTextAsync("Approval");
        await home.GetByTestId("resume-draft-link").ClickAsync();
        await home.WaitForDraftAddressAsync();

        await HalfPolicy.ExpectIntactAsync(new WizardPage(home), name);
    }

    [Fact]
    public async Task HalfAPolicy_RightAfterEachOfTenServerRestarts_ResumesAtItsStep()
    {
        var name = "Contractors (server restart)";
        var databasePath = DemoPortalServer.NewDatabasePath();
        try
        {
            await using (var before = new DemoPortalServer(databasePath: databasePath))
            {
                await using var browser = await BrowserSession.StartAsync(before.BaseAddress);
                var wizard = new WizardPage(await browser.Context.NewPageAsync());
                await HalfPolicy.FillAsync(wizard, name);
                await wizard.Page.CloseAsync();
            }
            string? resumeUrl = null;
            for (var restart = 1; restart <= 10; restart++)
            {
                // A restarted process starts with no open connections to the file.
                SqliteConnection.ClearAllPools();
                await using var after = new DemoPortalServer(databasePath: databasePath);
                await using var session = await BrowserSession.StartAsync(after.BaseAddress);
                var page = await session.Context.NewPageAsync();
                if (resumeUrl is null)
                {
                    await page.GotoAsync(PageRoutes.PolicyWizard);
                    await page.WaitForInteractiveAsync();
                    await Expect(page.GetByTestId("resume-offer")).ToContainTextAsync(name);
                    await page.GetByTestId("resume-draft").ClickAsync();
                    // Resuming reloads the page: wait for the new one, not the old wizard still on screen.
                    await page.WaitForDraftAddressAsync();
                    resumeUrl = new Uri(page.Url).PathAndQuery;
                }
                else
                {
                    await page.GotoAsync(resumeUrl); // the first request this server answers
                }
                await page.WaitForInteractiveAsync();

                var wizard = new WizardPage(page);
                await Expect(page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "approval", new() { Timeout = 15_000 });
                // The stepper shows that step too, not only the wizard's state.
                await Expect(wizard.Step("approval").GetByTestId("stage-1-approvers-picker")).ToBeVisibleAsync();
                await Expect(wizard.Step("basics").Locator("input")).ToHaveCountAsync(0);
                if (restart == 10)
                {
                    await HalfPolicy.ExpectIntactAsync(wizard, name);
                }
            }
        }
        finally
        {
            DemoPortalServer.DeleteDatabase(databasePath);
        }
    }

    [Fact]
    public async Task TypingCutOffByAKill_TenTimes_IsAllBackAfterEachRestartAtItsStep()
    {
        var port = LocalServers.FreePort();
        var databasePath = DemoPortalServer.NewDatabasePath();
        var portal = await PortalProcess.StartAsync(port, databasePath, Ct);
        try
        {
            await using var browser = await BrowserSession.StartAsync(portal.BaseAddress);
            var wizard = new WizardPage(await browser.Context.NewPageAsync());
            await HalfPolicy.FillAsync(wizard, "Contractors (killed while typing)");
            const string sample = "Ünïcødé ✓ 👩‍💻 \u202E";
            (await wizard.Page.EvaluateAsync<long>("text => policyPortal.unsent.fingerprint(text)", sample)).ShouldBe(TypedTextFingerprints.Of(sample));
            await wizard.NextAsync("questions");
            await wizard.Page.GetByTestId("add-text-question").ClickAsync();
            var draftId = Guid.Parse(await wizard.DraftIdAsync());
            var typed = "";
            var lostOnServer = 0;
            for (var kill = 1; kill <= 10; kill++)
            {
                // 25 characters over about a second, then a kill 100 to 500 ms after the last one: inside the
                // autosave's 600 ms pause, so the server has not stored them.
                var chunk = $"[{kill:00}]abcdefghijklmnopqrstu";
                var field = wizard.Input("question-1-text");
                await field.PressAsync("End");
                await field.PressSequentiallyAsync(chunk, new() { Delay = 40 });
                typed += chunk;
                await Task.Delay(100 + ((kill - 1) * 400 / 9), Ct);
                await portal.KillAsync();
                lostOnServer += StoredPayload(databasePath, draftId).Contains(chunk, StringComparison.Ordinal) ? 0 : 1;
                await portal.DisposeAsync();
                portal = await PortalProcess.StartAsync(port, databasePath, Ct);

                await wizard.Page.GotoAsync(PageRoutes.ResumeDraft(draftId));
                await wizard.Page.WaitForInteractiveAsync();
                await Expect(wizard.Page.GetByTestId("wizard-state")).ToHaveAttributeAsync("data-current-step", "questions", new() { Timeout = 15_000 });
                await Expect(wizard.Input("question-1-text")).ToHaveValueAsync(typed);
            }
            lostOnServer.ShouldBeGreaterThan(0, "the kills came before the server had stored the typing, so the tab's copy was what kept it");

            // Typed back in, it is saved: a new browser (no copy of its own) finds every character in the database.
            await StoredAsync(databasePath, draftId, typed);
            await using var other = await BrowserSession.StartAsync(portal.BaseAddress);
            var fresh = new WizardPage(await other.Context.NewPageAsync());
            await fresh.Page.GotoAsync(PageRoutes.ResumeDraft(draftId));
            await fresh.Page.WaitForInteractiveAsync();
            await Expect(fresh.Input("question-1-text")).ToHaveValueAsync(typed, new() { Timeout = 15_000 });
        }
        finally
        {
            await portal.DisposeAsync();
            SqliteConnection.ClearAllPools();
            DemoPortalServer.DeleteDatabase(databasePath);
        }
    }

    /// <summary>Waits (10 s at most) until the database holds the text: the autosave after typing it back is debounced.</summary>
    private static async Task StoredAsync(string databasePath, Guid draftId, string text)
    {
        for (var wait = Stopwatch.StartNew(); !StoredPayload(databasePath, draftId).Contains(text, StringComparison.Ordinal); await Task.Delay(100, Ct))
        {
            wait.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the typed-back text is saved");
        }
    }

    /// <summary>The draft as the killed process left it in the database.</summary>
    private static string StoredPayload(string databasePath, Guid draftId)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT PayloadJson FROM Drafts WHERE upper(Id) = upper($id)";
        query.Parameters.AddWithValue("$id", draftId.ToString());
        return query.ExecuteScalar() as string ?? "";
    }
}
