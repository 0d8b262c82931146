using Microsoft.Playwright;
using PolicyPortal.E2E.Infrastructure;
using PolicyPortal.E2E.Pages;
using PolicyPortal.Sandbox;
using PolicyPortal.Web.Components;
using static Microsoft.Playwright.Assertions;

namespace PolicyPortal.E2E;

/// <summary>"Try as a requestor" on the package page and the Review step, one test per branch a person meets: a member's
/// manager, competing policies with an organization's sponsor group, escalation, nobody in scope, a permission the app
/// lacks, and a draft whose manager chain stops early beside a deleted group, with questions in the person's language.</summary>
public sealed class RequestorTrialTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PackagePage_Member_ManagerDecidesAndEveryGraphRequestIsListed()
    {
        var page = await TryOnPackageAsync(SandboxSeedIds.AccessPackages.SalesResources, "José");

        await Expect(page.GetByTestId("requestor-headline")).ToHaveTextAsync("José can request this package under one policy: “Members with manager approval”.");
        await Expect(Sentences(page)).ToContainTextAsync([new System.Text.RegularExpressions.Regex("^José's request goes to .+ \\(José's manager\\)\\. It is denied on day 14 if nobody decides\\.$")]);
        await Expect(Sentences(page)).ToContainTextAsync([new System.Text.RegularExpressions.Regex("^The first access review of José's access starts on 1 January 2027 at 08:00 UTC\\. It goes to the Access Reviewers group \\(\\d+ members: ")]);
        await page.GetByTestId("requestor-how").GetByText("How this was worked out").ClickAsync();
        await Expect(page.GetByTestId("requestor-how")).ToContainTextAsync("in 1 $batch round trip");
        await Expect(page.GetByTestId("requestor-request").Filter(new() { HasText = "manager($levels=1;$select=id,displayName)" })).ToHaveCountAsync(1);
        await page.SaveScreenshotAsync("requestor-trial-member");
        (await page.AccessibilityProblemsInEveryThemeAndWidthAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task PackagePage_GuestFromAConnectedOrganization_PoliciesCompeteAndItsSponsorGroupIsCounted()
    {
        var page = await TryOnPackageAsync(SandboxSeedIds.AccessPackages.PartnerPortalAccess, "Amélie");

        await Expect(page.GetByTestId("requestor-headline")).ToContainTextAsync("Amélie can choose between 4 policies");
        await Expect(page.GetByTestId("requestor-headline")).ToContainTextAsync("They compete");
        await Expect(page.GetByTestId("requestor-competing")).ToContainTextAsync("Overlaps with the policy \"Any external user\"");
        await Expect(Sentences(page).Filter(new() { HasText = "the Partner Reviewers group (an internal sponsor of Fabrikam;" }).First).ToBeVisibleAsync();
        await Expect(Sentences(page).Filter(new() { HasText = "Amélie is from Fabrikam (signs in with the domain fabrikam.example)" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PackagePage_Escalation_SaysWhenTheAlternateApproversAreAsked()
    {
        var page = await TryOnPackageAsync(SandboxSeedIds.AccessPackages.FinanceReporting, "Adele");

        await Expect(Sentences(page).Filter(new() { HasText = "Adele's request goes to Adele Vance. If Adele has not decided in 2 days, it also goes to the Finance Approvers group (" }))
            .ToContainTextAsync("It is denied on day 14 if nobody decides.");
    }

    [Fact]
    public async Task PackagePage_GuestOutsideEveryScope_CannotRequestAndEachPolicySaysWhy()
    {
        var page = await TryOnPackageAsync(SandboxSeedIds.AccessPackages.SalesResources, "Hana");

        await Expect(page.GetByTestId("requestor-headline")).ToHaveTextAsync("Hana cannot request this package: none of its 3 policies lets Hana request.");
        string[] whyNot =
        [
            "Not for Hana: it is for members of the directory, and Hana is a guest.",
            "Not for Hana: it takes no requests: only administrators assign access under it.",
            "Not for Hana: it is for users of Contoso Partners, and Hana is from Tailspin Toys (signs in with the domain tailspintoys.example).",
        ];
        (await Sentences(page).AllInnerTextsAsync()).ShouldBe(whyNot, ignoreOrder: true);
    }

    [Fact]
    public async Task PackagePage_MembershipNotAllowed_NamesThePermissionToConsentTo()
    {
        await portal.Sandbox.FailNextAsync("POST", $"/v1.0/users/{SandboxSeedIds.Users.AmelieLaurentGuest}/checkMemberGroups", 403, 1, null, Ct);

        var page = await TryOnPackageAsync(SandboxSeedIds.AccessPackages.PartnerPortalAccess, "Amélie");

        await Expect(page.GetByTestId("requestor-headline")).ToContainTextAsync("PolicyPortal could not tell for 2 policies");
        await Expect(Sentences(page).Filter(new() { HasText = "PolicyPortal could not tell whether Amélie may request under it" }))
            .ToContainTextAsync(["GroupMember.Read.All", "GroupMember.Read.All"]);
    }

    [Fact]
    public async Task ReviewStep_DraftWithASecondLevelManager_ChainStopsEarlyDeletedGroupIsNamedAndQuestionsFollowTheLanguage()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        var deletedGroup = Guid.NewGuid().ToString();
        await wizard.ImportAsync(SecondLevelManagerPolicy(deletedGroup));
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("Members with second-level approval");
        await wizard.NextUntilAsync("review");

        await wizard.PickAsync("requestor", "Adele", "Adele Vance");
        await Expect(Sentences(wizard.Page).Filter(new() { HasText = "Adele's manager chain stops at Patti Fernandez (level 1), who has no manager, so there is no second-level manager" }))
            .ToContainTextAsync($"the group with id {deletedGroup} no longer exists in the directory (it was deleted); pick another approver, so it goes to the fallback approvers: Nestor Wilke.");

        await wizard.Page.GetByTestId("requestor-picker").GetByRole(AriaRole.Button, new() { Name = "Remove Adele Vance" }).ClickAsync();
        await wizard.PickAsync("requestor", "José", "José Álvarez");
        await Expect(Sentences(wizard.Page).Filter(new() { HasText = "(José's second-level manager)" })).ToHaveCountAsync(1);
        await Expect(Sentences(wizard.Page)).ToContainTextAsync(["“¿Qué proyecto?” (required)."]);
        await wizard.CheckAccessibilityAsync("requestor-trial-review-step");
    }

    [Fact]
    public async Task PackagePage_NoManager_TheFallbackGroupDecidesAndSaysWhy()
    {
        var page = await TryOnPackageAsync(SandboxSeedIds.AccessPackages.SalesResources, "Patti");

        await Expect(Sentences(page).Filter(new() { HasText = "Patti has no manager, so it goes to the fallback approvers: the Sales Managers group (" }))
            .ToContainTextAsync("It is denied on day 14 if nobody decides.");
    }

    [Fact]
    public async Task ReviewStep_GuestsOwnSponsors_DecideWithTheirGroupCounted_AndAGuestWithoutSponsorsGoesToTheFallback()
    {
        var wizard = new WizardPage(await portal.Browser.Context.NewPageAsync());
        await wizard.OpenAsync(PageRoutes.NewPolicyFor(SandboxSeedIds.AccessPackages.MarketingCampaignTools));
        await wizard.ImportAsync(SponsorsPolicy);
        await Expect(wizard.Input("policy-name")).ToHaveValueAsync("Guests with sponsor approval");
        await wizard.NextUntilAsync("review");

        await wizard.PickAsync("requestor", "Mei", "Mei Lin");
        await Expect(Sentences(wizard.Page).Filter(new() { HasText = "Mei's request goes to Megan Bowen (Mei's sponsor) and the Partner Reviewers group (Mei's sponsor; " }))
            .ToHaveCountAsync(1);

        await wizard.Page.GetByTestId("requestor-picker").GetByRole(AriaRole.Button, new() { Name = "Remove Mei Lin" }).ClickAsync();
        await wizard.PickAsync("requestor", "Oskar", "Oskar Lindqvist");
        await Expect(Sentences(wizard.Page)).ToContainTextAsync(["Oskar has no sponsors, so it goes to the fallback approvers: Nestor Wilke. It is denied on day 14 if nobody decides."]);
    }

    private async Task<IPage> TryOnPackageAsync(string packageId, string name)
    {
        var page = await portal.Browser.Context.NewPageAsync();
        await page.GotoAsync(PageRoutes.PackageOf(packageId));
        await page.WaitForInteractiveAsync();
        await new WizardPage(page).PickAsync("requestor", name, name);
        await Expect(page.GetByTestId("requestor-headline")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Sentences(IPage page) => page.GetByTestId("requestor-sentence");

    private static string SecondLevelManagerPolicy(string deletedGroupId) => $$"""
        {
          "displayName": "Members with second-level approval",
          "description": "Tried as a requestor on the Review step.",
          "allowedTargetScope": "allMemberUsers",
          "specificAllowedTargets": [],
          "expiration": { "type": "afterDuration", "duration": "P90D" },
          "requestApprovalSettings": {
            "isApprovalRequiredForAdd": true,
            "isApprovalRequiredForUpdate": false,
            "isRequestorJustificationRequired": true,
            "stages": [{
              "durationBeforeAutomaticDenial": "P7D",
              "isApproverJustificationRequired": true,
              "isEscalationEnabled": false,
              "durationBeforeEscalation": "PT0S",
              "primaryApprovers": [
                { "@odata.type": "#microsoft.graph.requestorManager", "managerLevel": 2 },
                { "@odata.type": "#microsoft.graph.groupMembers", "groupId": "{{deletedGroupId}}" }
              ],
              "fallbackPrimaryApprovers": [{ "@odata.type": "#microsoft.graph.singleUser", "userId": "{{SandboxSeedIds.Users.NestorWilke}}" }],
              "escalationApprovers": [],
              "fallbackEscalationApprovers": []
            }]
          },
          "questions": [{
            "@odata.type": "#microsoft.graph.accessPackageTextInputQuestion",
            "text": "Which project?",
            "isRequired": true,
            "isAnswerEditable": true,
            "sequence": 1,
            "isSingleLineQuestion": true,
            "localizations": [{ "languageCode": "es-ES", "text": "¿Qué proyecto?" }]
          }]
        }
        """;

    private static readonly string SponsorsPolicy = $$"""
        {
          "displayName": "Guests with sponsor approval",
          "description": "Each guest's own sponsors approve.",
          "allowedTargetScope": "allDirectoryUsers",
          "specificAllowedTargets": [],
          "expiration": { "type": "afterDuration", "duration": "P30D" },
          "requestApprovalSettings": {
            "isApprovalRequiredForAdd": true,
            "isApprovalRequiredForUpdate": false,
            "isRequestorJustificationRequired": false,
            "stages": [{
              "durationBeforeAutomaticDenial": "P14D",
              "isApproverJustificationRequired": true,
              "isEscalationEnabled": false,
              "durationBeforeEscalation": "PT0S",
              "primaryApprovers": [{ "@odata.type": "#microsoft.graph.targetUserSponsors" }],
              "fallbackPrimaryApprovers": [{ "@odata.type": "#microsoft.graph.singleUser", "userId": "{{SandboxSeedIds.Users.NestorWilke}}" }],
              "escalationApprovers": [],
              "fallbackEscalationApprovers": []
            }]
          }
        }
        """;
}
