using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Tests.Support;
using PolicyPortal.Core.Validation;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Core.Tests.Wizard;

public sealed class PolicyWizardTests
{
    private static PolicyWizard Wizard(PolicyDraft? draft = null, PackagePolicyContext? context = null) => new(Drafts.Validator(), draft, context);

    [Fact]
    public void New_Wizard_StartsAtBasicsWithADraft()
    {
        var wizard = Wizard();

        wizard.CurrentStep.ShouldBe(WizardStep.Basics);
        wizard.IsFirstStep.ShouldBeTrue();
        wizard.Draft.ShouldNotBeNull();
    }

    [Fact]
    public void TryGoForward_CurrentStepInvalid_StaysAndReturnsTheIssues()
    {
        var wizard = Wizard(new PolicyDraft());

        var report = wizard.TryGoForward();

        wizard.CurrentStep.ShouldBe(WizardStep.Basics);
        report.IsValid.ShouldBeFalse();
        report.Issues.Select(i => i.PropertyPath).ShouldBe(["DisplayName", "AccessPackage.Id"], ignoreOrder: true);
    }

    [Fact]
    public void TryGoForward_CurrentStepValid_MovesToTheNextStep()
    {
        var wizard = Wizard(Drafts.Valid());

        wizard.TryGoForward().IsValid.ShouldBeTrue();

        wizard.CurrentStep.ShouldBe(WizardStep.WhoCanRequest);
    }

    [Fact]
    public void TryGoForward_LaterStepInvalid_DoesNotBlockAnEarlierStep()
    {
        var draft = Drafts.Valid();
        draft.Questions[0].Text = "";
        var wizard = Wizard(draft);

        wizard.TryGoForward().IsValid.ShouldBeTrue();

        wizard.CurrentStep.ShouldBe(WizardStep.WhoCanRequest);
    }

    [Fact]
    public void TryGoForward_PackageContextBreaksARule_Blocks()
    {
        var wizard = Wizard(Drafts.ValidAutoAssignment(), Drafts.PackageWith(2, oneIsAutoAssignment: true));
        wizard.TryGoForward().IsValid.ShouldBeTrue();

        wizard.TryGoForward().Issues.ShouldHaveSingleItem().PropertyPath.ShouldBe("AutomaticRequestSettings.IsEnabled");

        wizard.CurrentStep.ShouldBe(WizardStep.WhoCanRequest);
    }

    [Fact]
    public void TryGoForward_ValidDraft_WalksEveryStepInOrderAndStopsAtReview()
    {
        var wizard = Wizard(Drafts.Valid());
        var visited = new List<string> { wizard.CurrentStep.Name };

        while (!wizard.IsLastStep)
        {
            wizard.TryGoForward().IsValid.ShouldBeTrue();
            visited.Add(wizard.CurrentStep.Name);
        }

        wizard.TryGoForward().IsValid.ShouldBeTrue();
        wizard.CurrentStep.ShouldBe(WizardStep.Review);
        visited.ShouldBe(["basics", "who-can-request", "requestor-options", "approval", "questions", "lifecycle", "access-review", "review"]);
    }

    [Fact]
    public void GoBack_CurrentStepInvalid_IsAlwaysAllowed()
    {
        var wizard = Wizard(Drafts.Valid());
        wizard.TryGoForward();
        wizard.Draft.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers;
        wizard.ValidateCurrentStep().IsValid.ShouldBeFalse();

        wizard.GoBack();

        wizard.CurrentStep.ShouldBe(WizardStep.Basics);
    }

    [Fact]
    public void GoBack_AtFirstStep_StaysThere()
    {
        var wizard = Wizard();

        wizard.GoBack();

        wizard.CurrentStep.ShouldBe(WizardStep.Basics);
    }

    [Fact]
    public void GoTo_ForwardPastAnInvalidStep_StopsAtTheInvalidStep()
    {
        var draft = Drafts.Valid();
        draft.RequestApproval.Stages[0].PrimaryApprovers.Clear();
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers.Clear();
        var wizard = Wizard(draft);

        var report = wizard.GoTo(WizardStep.Review);

        report.IsValid.ShouldBeFalse();
        report.Issues.ShouldAllBe(i => i.Step == WizardStep.Approval);
        wizard.CurrentStep.ShouldBe(WizardStep.Approval);
    }

    [Fact]
    public void GoTo_ForwardOverValidSteps_Arrives()
    {
        var wizard = Wizard(Drafts.Valid());

        wizard.GoTo(WizardStep.Lifecycle).IsValid.ShouldBeTrue();

        wizard.CurrentStep.ShouldBe(WizardStep.Lifecycle);
    }

    [Fact]
    public void GoTo_Backward_IsAlwaysAllowed()
    {
        var wizard = Wizard(Drafts.Valid());
        wizard.GoTo(WizardStep.AccessReview);
        wizard.Draft.DisplayName = "";

        wizard.GoTo(WizardStep.WhoCanRequest).IsValid.ShouldBeTrue();

        wizard.CurrentStep.ShouldBe(WizardStep.WhoCanRequest);
    }

    [Fact]
    public void ValidateAll_SeveralStepsBroken_GroupsIssuesByStepInWizardOrder()
    {
        var draft = Drafts.Valid();
        draft.ReviewSettings.PrimaryReviewers.Clear();
        draft.DisplayName = "";
        draft.Questions[0].Text = "";
        draft.Questions[1].Choices.Clear();
        var wizard = Wizard(draft);

        var byStep = wizard.ValidateAll().ByStep;

        byStep.Select(s => s.Step.Name).ShouldBe(["basics", "questions", "access-review"]);
        byStep[1].Issues.Select(i => i.PropertyPath).ShouldBe(["Questions[0].Text", "Questions[1].Choices"], ignoreOrder: true);
    }

    [Fact]
    public void ValidateAll_ValidDraft_HasNoIssues()
    {
        Wizard(Drafts.Valid()).ValidateAll().ByStep.ShouldBeEmpty();
    }

    [Fact]
    public void Load_NewDraft_ReplacesItAndStartsOver()
    {
        var wizard = Wizard(Drafts.Valid());
        wizard.GoTo(WizardStep.Questions);
        var imported = Drafts.ValidAutoAssignment();

        wizard.Load(imported);

        wizard.Draft.ShouldBeSameAs(imported);
        wizard.CurrentStep.ShouldBe(WizardStep.Basics);
    }

    [Fact]
    public void KnockOnIssues_ScopeChangeRulesOutTheApprovers_AreToldOnWhoCanRequest()
    {
        var draft = Drafts.Valid();
        draft.AllowedTargetScope = AllowedTargetScope.AllConfiguredConnectedOrganizationUsers;
        draft.RequestApproval.Stages[0].PrimaryApprovers = [Subject.InternalSponsors()];
        var wizard = Wizard(draft);
        wizard.GoTo(WizardStep.WhoCanRequest).IsValid.ShouldBeTrue();
        wizard.KnockOnIssues().ShouldBeEmpty();

        draft.AllowedTargetScope = AllowedTargetScope.AllMemberUsers;

        var issue = wizard.KnockOnIssues().ShouldHaveSingleItem();
        issue.Step.ShouldBe(WizardStep.Approval);
        issue.PropertyPath.ShouldStartWith("RequestApproval.Stages[0].PrimaryApprovers");
        issue.Message.ShouldContain("Stage 1");
        issue.Message.ShouldContain("connected-organization scope");
    }

    [Fact]
    public void KnockOnIssues_ProblemALaterStepAlreadyHad_IsNotRepeated()
    {
        var draft = Drafts.Valid();
        draft.Questions[0].Text = "";
        var wizard = Wizard(draft);
        wizard.GoTo(WizardStep.WhoCanRequest);

        draft.AllowedTargetScope = AllowedTargetScope.AllDirectoryUsers;

        wizard.KnockOnIssues().ShouldBeEmpty();
        wizard.ValidateAll().Issues.ShouldContain(i => i.Step == WizardStep.Questions);
    }

    [Fact]
    public void KnockOnIssues_OnTheNextStep_StartAfresh()
    {
        var draft = Drafts.Valid();
        var wizard = Wizard(draft);
        wizard.GoTo(WizardStep.WhoCanRequest);
        draft.RequestApproval.Stages[0].PrimaryApprovers = [Subject.InternalSponsors()];
        wizard.KnockOnIssues().ShouldHaveSingleItem();

        wizard.GoTo(WizardStep.RequestorOptions);

        wizard.KnockOnIssues().ShouldBeEmpty();
    }
}
