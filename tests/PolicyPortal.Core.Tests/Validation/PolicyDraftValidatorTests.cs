using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Templates;
using PolicyPortal.Core.Tests.Support;
using PolicyPortal.Core.Validation;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Core.Tests.Validation;

public sealed class PolicyDraftValidatorTests
{
    private readonly PolicyDraftValidator _validator = Drafts.Validator();

    public static TheoryData<RuleCase> Rules => [.. RuleCases.All];

    [Fact]
    public void ValidateDraft_BaselineDrafts_AreValid()
    {
        _validator.ValidateDraft(Drafts.Valid()).Issues.ShouldBeEmpty();
        _validator.ValidateDraft(Drafts.ValidAutoAssignment()).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void ValidateDraft_HugeTypedValue_IsQuotedShortInTheMessage()
    {
        var draft = Drafts.Valid();
        draft.Questions[0].Localizations[0].LanguageCode = new string('q', 50_000);

        var issue = _validator.ValidateDraft(draft).Issues.ShouldHaveSingleItem();

        issue.Message.ShouldStartWith("\"qqq");
        issue.Message.Length.ShouldBeLessThan(200, "the field keeps the value; the message quotes the start of it");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ValidateDraft_RuleBroken_ReportsItsMessageOnTheFieldAndStep(RuleCase rule)
    {
        var draft = rule.AutoAssignment ? Drafts.ValidAutoAssignment() : Drafts.Valid();
        rule.Break(draft);

        var report = _validator.ValidateDraft(draft, rule.Context);

        var issue = report.Issues.FirstOrDefault(i => i.PropertyPath == rule.Path && i.Message.Contains(rule.Says, StringComparison.Ordinal));
        issue.ShouldNotBeNull($"expected \"{rule.Says}\" on {rule.Path}; got:\n{string.Join("\n", report.Issues.Select(i => $"{i.PropertyPath}: {i.Message}"))}");
        issue.Step.Name.ShouldBe(rule.Step);
        WizardStep.ForPath(issue.PropertyPath).ShouldBe(issue.Step, "the field belongs to the step that reports it");
        _validator.ValidateStep(draft, issue.Step, rule.Context).Issues.ShouldContain(i => i.PropertyPath == rule.Path);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ValidateDraft_RuleBroken_MessageIsPlainLanguageNotTheLibraryDefault(RuleCase rule)
    {
        var draft = rule.AutoAssignment ? Drafts.ValidAutoAssignment() : Drafts.Valid();
        rule.Break(draft);

        var messages = _validator.ValidateDraft(draft, rule.Context).MessagesFor(rule.Path).ToList();

        messages.ShouldNotBeEmpty();
        foreach (var message in messages)
        {
            char.IsUpper(message.TrimStart('"')[0]).ShouldBeTrue(message);
            message.ShouldEndWith(".");
            message.ShouldNotContain("must not be empty");
            message.ShouldNotContain(rule.Path, Case.Sensitive);
        }
    }

    [Fact]
    public void ValidateDraft_EditingOneOfTenPolicies_IsNotCountedTwice()
    {
        var draft = Drafts.Valid();
        draft.Id = "p3";

        _validator.ValidateDraft(draft, Drafts.PackageWith(10)).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void ValidateDraft_EditingTheAutoAssignmentPolicy_IsAllowed()
    {
        var draft = Drafts.ValidAutoAssignment();
        draft.Id = "p0";

        _validator.ValidateDraft(draft, Drafts.PackageWith(3, oneIsAutoAssignment: true)).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void ValidateDraft_SelfReviewWithoutReviewers_IsValid()
    {
        var draft = Drafts.Valid();
        draft.ReviewSettings.ReviewerType = ReviewerType.Self;
        draft.ReviewSettings.PrimaryReviewers.Clear();

        _validator.ValidateDraft(draft).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void ValidateDraft_ReviewsOff_SkipsReviewRules()
    {
        var draft = Drafts.Valid();
        draft.ReviewSettings = new ReviewSettingsDraft { IsEnabled = false, Duration = PolicyDuration.Zero, RecurrenceType = ReviewRecurrenceType.Daily };

        _validator.ValidateDraft(draft).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void ValidateDraft_ValidEscalation_IsAccepted()
    {
        var draft = Drafts.Valid();
        var stage = draft.RequestApproval.Stages[0];
        stage.IsEscalationEnabled = true;
        stage.DurationBeforeAutomaticDenial = PolicyDuration.Days(4);
        stage.DurationBeforeEscalation = PolicyDuration.Days(1);
        stage.EscalationApprovers = [Drafts.Group()];

        _validator.ValidateDraft(draft).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void ValidateDraft_ExternalPartnersWithSponsors_IsValid()
    {
        var draft = PolicyTemplates.ExternalPartners.Create(new AccessPackageReference { Id = "p" });
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers.AddRange([Drafts.User(), Drafts.Group()]);
        draft.RequestApproval.Stages[1].PrimaryApprovers.AddRange([Drafts.User("2"), Drafts.Group("2")]);
        draft.ReviewSettings.PrimaryReviewers.Add(Drafts.Group("3"));

        _validator.ValidateDraft(draft).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void ValidateStep_OtherStepBroken_ReportsNothing()
    {
        var draft = Drafts.Valid();
        draft.DisplayName = "";

        _validator.ValidateStep(draft, WizardStep.Approval).IsValid.ShouldBeTrue();
        _validator.ValidateStep(draft, WizardStep.Basics).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void ValidateDraft_EveryStepWithRules_HasACase()
    {
        RuleCases.All.Select(r => r.Step).Distinct().Order()
            .ShouldBe(WizardStep.All.Where(s => s != WizardStep.Review).Select(s => s.Name).Order());
    }

    [Fact]
    public void ValidateDraft_StageWithOnlyFallbackApprovers_IsValid_AsGraphsCreateExample2()
    {
        var draft = Drafts.Valid();
        draft.RequestApproval.Stages.Add(new ApprovalStageDraft { FallbackPrimaryApprovers = [Drafts.User(), Drafts.Group()] });

        Drafts.Validator().ValidateDraft(draft).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void ValidateDraft_ManagerBesideAUserWithoutFallback_IsValid_TheDocsAskForAnotherApproverNotAFallback()
    {
        var draft = Drafts.Valid();
        var stage = draft.RequestApproval.Stages[0];
        stage.PrimaryApprovers = [Subject.RequestorManager(), Drafts.User()];
        stage.FallbackPrimaryApprovers.Clear();

        Drafts.Validator().ValidateDraft(draft).Issues.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(AllowedTargetScope.AllConfiguredConnectedOrganizationUsers, "Stage 2 has nobody to decide on requests. Add internal or external sponsors, a user or a group as approvers, or remove the stage.")]
    [InlineData(AllowedTargetScope.AllMemberUsers, "Stage 2 has nobody to decide on requests. Add a user, a group or the requestor's manager as approvers, or remove the stage.")]
    public void ValidateDraft_StageWithNobody_NamesTheStageAndAFixForTheScope(AllowedTargetScope scope, string message)
    {
        var draft = Drafts.Valid();
        draft.AllowedTargetScope = scope;
        draft.RequestApproval.Stages[0].PrimaryApprovers = [Drafts.User()];
        draft.RequestApproval.Stages.Add(new ApprovalStageDraft());

        var issue = Drafts.Validator().ValidateDraft(draft).Issues.ShouldHaveSingleItem();
        issue.PropertyPath.ShouldBe("RequestApproval.Stages[1].PrimaryApprovers");
        issue.Message.ShouldBe(message);
    }

    [Fact]
    public void ValidateDraft_NoDescription_IsValid()
    {
        var draft = Drafts.Valid();
        draft.Description = "";

        Drafts.Validator().ValidateDraft(draft).IsValid.ShouldBeTrue();
    }
}
