using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyPortal.Core.Ports;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>Open, edit, clone, delete, import and templates, end to end against the demo tenant.</summary>
public sealed class PolicyLifecycleTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string SeededPolicy = SandboxSeedIds.Policies.SalesResourcesManagerApproval;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edit_ChangingOneField_PutsTheWholePolicyWithOnlyThatFieldChanged()
    {
        await portal.Sandbox.ResetAsync(Ct);
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.EditPolicy(SeededPolicy));
        await wizard.NextUntilAsync("review");
        var before = JsonNode.Parse(await wizard.PreviewAsync())!;

        while (await wizard.CurrentStepAsync() != "basics")
        {
            var current = await wizard.CurrentStepAsync();
            await wizard.Page.GetByTestId("wizard-back").ClickAsync();
            await Expect(wizard.Page.GetByTestId("wizard-state")).Not.ToHaveAttributeAsync("data-current-step", current);
        }
        // A policy cannot move to another package: its package is stated, not offered as a field.
        await Expect(wizard.Page.GetByTestId("access-package-fixed")).ToContainTextAsync("Sales Resources");
        await Expect(wizard.Page.GetByTestId("access-package")).ToHaveCountAsync(0);
        await wizard.FillAsync("policy-description", "Sales staff request; their manager approves (edited)");
        await wizard.NextUntilAsync("review");
        var preview = await wizard.PreviewAsync();
        var change = wizard.Page.GetByTestId("policy-change");
        await Expect(change).ToHaveCountAsync(1);
        (await change.GetAttributeAsync("data-path")).ShouldBe("Description");
        await Expect(change).ToContainTextAsync("(edited)");
        await wizard.SubmitAsync("Update");

        var put = (await portal.Sandbox.RequestsAsync("PUT", SeededPolicy, Ct)).ShouldHaveSingleItem();
        put.GetProperty("body").GetString().ShouldBe(preview);
        var after = JsonNode.Parse(preview)!;
        after["description"]!.GetValue<string>().ShouldBe("Sales staff request; their manager approves (edited)");
        after["id"]!.GetValue<string>().ShouldBe(SeededPolicy);
        after.AsObject().Remove("description");
        before.AsObject().Remove("description");
        JsonNode.DeepEquals(before, after).ShouldBeTrue("only the description may change");
    }

    [Fact]
    public async Task Clone_OfAPolicy_CreatesANewPolicyCalledCopyOf()
    {
        await portal.Sandbox.ResetAsync(Ct);
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.ClonePolicy(SeededPolicy));
        (await wizard.Input("policy-name").InputValueAsync()).ShouldStartWith("Copy of ");
        await wizard.NextUntilAsync("review");
        var preview = await wizard.PreviewAsync();
        await wizard.SubmitAsync("Create");

        var post = (await portal.Sandbox.RequestsAsync("POST", "/assignmentPolicies", Ct)).ShouldHaveSingleItem();
        post.GetProperty("body").GetString().ShouldBe(preview);
        using var body = JsonDocument.Parse(preview);
        body.RootElement.TryGetProperty("id", out _).ShouldBeFalse();
        body.RootElement.GetProperty("displayName").GetString()!.ShouldStartWith("Copy of ");
    }

    [Fact]
    public async Task Delete_FromThePackagePage_AsksByNameAndDeletes()
    {
        await portal.Sandbox.ResetAsync(Ct);
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.PackageOf(SandboxSeedIds.AccessPackages.SalesResources));
        await page.WaitForInteractiveAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByTestId("policy-name-cell") }).First;
        var name = await row.GetByTestId("policy-name-cell").InnerTextAsync();
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();
        await page.SaveScreenshotAsync("package");

        await row.GetByTestId("delete-policy").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync(name);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("policy-name-cell").Filter(new() { HasText = name })).ToHaveCountAsync(0);
        (await portal.Sandbox.RequestsAsync("DELETE", "/assignmentPolicies/", Ct)).ShouldHaveSingleItem()
            .GetProperty("status").GetInt32().ShouldBe(204);

        // The audit log has the delete, with Graph's status.
        await page.GotoAsync(PageRoutes.Audit);
        await page.WaitForInteractiveAsync();
        var entry = page.GetByTestId("audit-entries").Locator("tr").Filter(new() { HasText = "Delete" }).Filter(new() { HasText = name });
        await Expect(entry.GetByTestId("audit-status")).ToHaveTextAsync("204");
    }

    [Fact]
    public async Task ImportJson_OfADocsExample_FillsTheWizard()
    {
        var example = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fixtures", "graph", "examples",
            "create-example-1-create-a-direct-assignment-policy.request.json"), Ct))!.AsObject();
        var json = WithPackage(example, SandboxSeedIds.AccessPackages.MarketingCampaignTools);
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.PolicyWizard);

        await wizard.ImportAsync(json);

        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("New Policy");
        await wizard.NextUntilAsync("review");
        using var preview = JsonDocument.Parse(await wizard.PreviewAsync());
        preview.RootElement.GetProperty("allowedTargetScope").GetString().ShouldBe("notSpecified");
        preview.RootElement.GetProperty("accessPackage").GetProperty("id").GetString().ShouldBe(SandboxSeedIds.AccessPackages.MarketingCampaignTools);
    }

    [Fact]
    public async Task ImportJson_WithOnlyIds_ShowsThePeopleByTheirNames()
    {
        var json = $$$"""
            {"displayName":"Imported with ids","description":"Approved by Adele; Sales Team may request.",
             "allowedTargetScope":"specificDirectoryUsers",
             "specificAllowedTargets":[{"@odata.type":"#microsoft.graph.groupMembers","groupId":"{{{SandboxSeedIds.Groups.SalesTeam}}}"}],
             "requestApprovalSettings":{"isApprovalRequiredForAdd":true,"stages":[{"durationBeforeAutomaticDenial":"P14D",
               "primaryApprovers":[{"@odata.type":"#microsoft.graph.singleUser","userId":"{{{SandboxSeedIds.Users.AdeleVance}}}"}]}]},
             "accessPackage":{"id":"{{{SandboxSeedIds.AccessPackages.MarketingCampaignTools}}}"}}
            """;
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.PolicyWizard);

        await wizard.ImportAsync(json);
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("Imported with ids");
        await wizard.NextUntilAsync("who-can-request");

        await Expect(wizard.Page.GetByTestId("targets-picker").GetByTestId("picked-name")).ToHaveTextAsync(["Sales Team"]);
        await wizard.NextUntilAsync("approval");
        await Expect(wizard.Page.GetByTestId("stage-1-approvers-picker").GetByTestId("picked-name")).ToHaveTextAsync(["Adele Vance"]);
    }

    [Fact]
    public async Task Template_ChosenAtTheStart_FillsTheWizardAndSaysWhoToPick()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));

        await wizard.OpenStartOptionsAsync();
        await wizard.ChooseAsync("template-select", "External partners, two-stage approval, quarterly review");
        await wizard.Page.GetByTestId("apply-template").ClickAsync();

        await Expect(wizard.Input("policy-name")).Not.ToHaveValueAsync("");
        await wizard.NextAsync("who-can-request");
        await wizard.NextAsync("requestor-options");
        await wizard.NextAsync("approval");
        await wizard.Page.GetByTestId("wizard-next").ClickAsync();
        // The template leaves the people to the admin: the approval step says exactly whom to pick.
        await Expect(wizard.Page.GetByTestId("step-issues")).ToContainTextAsync("fallback");
        (await wizard.CurrentStepAsync()).ShouldBe("approval");
        await Expect(wizard.Page.GetByTestId("stage-1-approvers-InternalSponsors").Locator("input").Or(
            wizard.Page.Locator("input[data-testid='stage-1-approvers-InternalSponsors']"))).ToBeCheckedAsync();
    }

    [Fact]
    public async Task PackagePage_ExplainsEachPolicyAndAdvisesOnThePackage()
    {
        await portal.Sandbox.ResetAsync(Ct);
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.PackageOf(SandboxSeedIds.AccessPackages.PartnerPortalAccess));
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("policy-summary-toggle").First.ClickAsync();
        await Expect(page.GetByTestId("policy-summary")).ToContainTextAsync("request");
        await Expect(page.GetByTestId("lint-findings").Or(page.GetByTestId("lint-clean"))).ToBeVisibleAsync();
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();
        await page.SaveScreenshotAsync("package-summary-and-lint");
    }

    [Fact]
    public async Task PackagePage_APolicyNamedWithADirectionControl_ShowsTheControlAsItsCode()
    {
        await portal.Sandbox.ResetAsync(Ct);
        const string package = SandboxSeedIds.AccessPackages.MarketingCampaignTools;
        await using (var scope = portal.Server.Services.CreateAsyncScope())
        {
            var gateway = scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
            var named = SeededDrafts.ExternalPartners(package, "Marketing Campaign Tools", "Partners\u202Eexe.fdp", "Made elsewhere");
            await gateway.SubmitAsync(gateway.Prepare(named), Ct);
        }
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.PackageOf(package));
        await page.WaitForInteractiveAsync();

        var cell = page.GetByTestId("policy-name-cell").Filter(new() { HasText = "Partners[U+202E]exe.fdp" });
        await Expect(cell).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Edit Partners[U+202E]exe.fdp", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("lint-findings")).ToContainTextAsync("invisible direction control, shown here as its code: “Partners[U+202E]exe.fdp”");
        (await page.ContentAsync()).ShouldNotContain("\u202E");
    }

    private static string WithPackage(JsonObject policy, string packageId)
    {
        policy["accessPackage"] = new JsonObject { ["id"] = packageId };
        return policy.ToJsonString();
    }
}
