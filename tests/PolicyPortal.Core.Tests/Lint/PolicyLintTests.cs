using PolicyPortal.Core.Lint;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Core.Tests.Lint;

public sealed class PolicyLintTests
{
    private static readonly Subject Patti = Subject.User("u1", "Patti Fernandez");
    private static readonly Subject Finance = Subject.Group("g1", "Finance Approvers");

    /// <summary>A policy no rule complains about: members, manager approval with fallback, 90 days, quarterly review.</summary>
    private static PolicyDraft Clean(string name = "Employees – manager approval", string id = "p1") => new()
    {
        Id = id,
        DisplayName = name,
        Description = "Employees request; their manager approves.",
        AllowedTargetScope = AllowedTargetScope.AllMemberUsers,
        RequestApproval = new ApprovalSettingsDraft
        {
            Stages = [new ApprovalStageDraft { PrimaryApprovers = [Subject.RequestorManager()], FallbackPrimaryApprovers = [Finance] }],
        },
        Expiration = new ExpirationDraft { Kind = ExpirationKind.AfterDuration, Duration = PolicyDuration.Days(90) },
        ReviewSettings = new ReviewSettingsDraft { IsEnabled = true, Frequency = ReviewFrequency.Quarterly, Duration = PolicyDuration.Days(14), PrimaryReviewers = [Finance] },
    };

    private static IEnumerable<string> Rules(params PolicyDraft[] policies) => PolicyLint.Check(policies).Select(f => f.RuleId);

    [Fact]
    public void Check_CleanPolicy_FindsNothing()
    {
        PolicyLint.Check([Clean()]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_TwoPoliciesForAllMembers_ReportsShadowingOnTheLaterOne()
    {
        var finding = PolicyLint.Check([Clean("Employees"), Clean("Employees – fast track", "p2")]).ShouldHaveSingleItem();

        finding.RuleId.ShouldBe(LintRules.ShadowedPopulation);
        finding.PolicyName.ShouldBe("Employees – fast track");
        finding.Step.ShouldBe(WizardStep.WhoCanRequest);
        finding.PropertyPath.ShouldBe("AllowedTargetScope");
        finding.Message.ShouldContain("\"Employees\"");
    }

    [Fact]
    public void Check_AllUsersAndSpecificUsers_ReportsShadowingBecauseOneContainsTheOther()
    {
        var specific = Clean("Sales", "p2");
        specific.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers;
        specific.SpecificAllowedTargets = [Finance];

        Rules(Clean(), specific).ShouldBe([LintRules.ShadowedPopulation]);
    }

    [Fact]
    public void Check_SpecificPoliciesSharingAGroup_ReportsShadowing_DisjointOnesDoNot()
    {
        PolicyDraft Specific(string id, Subject target)
        {
            var policy = Clean("Specific " + id, id);
            policy.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers;
            policy.SpecificAllowedTargets = [target];
            return policy;
        }

        Rules(Specific("a", Finance), Specific("b", Finance.Clone())).ShouldBe([LintRules.ShadowedPopulation]);
        Rules(Specific("a", Finance), Specific("b", Patti)).ShouldBeEmpty();
    }

    [Fact]
    public void Check_MembersAndExternalScopes_DoNotShadow()
    {
        var partners = Clean("Partners", "p2");
        partners.AllowedTargetScope = AllowedTargetScope.AllConfiguredConnectedOrganizationUsers;

        Rules(Clean(), partners).ShouldNotContain(LintRules.ShadowedPopulation);
    }

    [Fact]
    public void Check_ExternalScopeWithoutApproval_Warns_WithApprovalSilent()
    {
        var partners = Clean("Partners");
        partners.AllowedTargetScope = AllowedTargetScope.AllExternalUsers;
        Rules(partners).ShouldBeEmpty();

        partners.RequestApproval = new ApprovalSettingsDraft { IsApprovalRequiredForAdd = false, Stages = [] };
        var finding = PolicyLint.Check([partners]).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe(LintRules.ExternalWithoutApproval);
        finding.Step.ShouldBe(WizardStep.Approval);
        finding.PropertyPath.ShouldBe("RequestApproval.IsApprovalRequiredForAdd");
    }

    [Fact]
    public void Check_NeverExpiringWithoutReview_Warns_WithReviewOrExpirySilent()
    {
        var policy = Clean();
        policy.ReviewSettings.IsEnabled = false;
        Rules(policy).ShouldBeEmpty();

        policy.Expiration.Kind = ExpirationKind.NoExpiration;
        var finding = PolicyLint.Check([policy]).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe(LintRules.UnreviewedAccess);
        finding.Message.ShouldStartWith("Access that never expires is never reviewed");
        finding.PropertyPath.ShouldBe("ReviewSettings.IsEnabled");
    }

    [Fact]
    public void Check_ExternalAccessWithoutReview_WarnsEvenWhenItExpires()
    {
        var partners = Clean("Partners");
        partners.AllowedTargetScope = AllowedTargetScope.SpecificConnectedOrganizationUsers;
        partners.ReviewSettings.IsEnabled = false;

        PolicyLint.Check([partners]).ShouldHaveSingleItem().Message.ShouldStartWith("External access is never reviewed");
    }

    [Fact]
    public void Check_SingleUserApproverWithoutFallback_Warns_GroupOrFallbackOrEscalationSilent()
    {
        var policy = Clean();
        var stage = policy.RequestApproval.Stages[0];
        stage.PrimaryApprovers = [Patti];
        stage.FallbackPrimaryApprovers = [];

        var finding = PolicyLint.Check([policy]).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe(LintRules.SingleApproverWithoutFallback);
        finding.PropertyPath.ShouldBe("RequestApproval.Stages[0].FallbackPrimaryApprovers");
        finding.Message.ShouldContain("Patti Fernandez alone");

        stage.IsEscalationEnabled = true;
        stage.EscalationApprovers = [Finance];
        Rules(policy).ShouldBeEmpty();
        stage.IsEscalationEnabled = false;
        stage.EscalationApprovers = [];
        stage.PrimaryApprovers = [Finance];
        Rules(policy).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(SubjectKind.RequestorManager)]
    [InlineData(SubjectKind.InternalSponsors)]
    [InlineData(SubjectKind.ExternalSponsors)]
    [InlineData(SubjectKind.TargetUserSponsors)]
    public void Check_ManagerOrSponsorApproverWithoutFallback_Warns(SubjectKind kind)
    {
        var policy = Clean();
        policy.RequestApproval.Stages[0].PrimaryApprovers = [new Subject(kind)];
        policy.RequestApproval.Stages[0].FallbackPrimaryApprovers = [];

        var finding = PolicyLint.Check([policy]).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe(LintRules.ManagerOrSponsorWithoutFallback);
        finding.Severity.ShouldBe(LintSeverity.Warning);
    }

    [Fact]
    public void Check_NoDescription_IsAdviceNotAnError()
    {
        var policy = Clean();
        policy.Description = "";

        var finding = PolicyLint.Check([policy]).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe(LintRules.NoDescription);
        finding.Severity.ShouldBe(LintSeverity.Info);
    }

    [Fact]
    public void Check_AllScopeWithSpecificTargets_Warns_SpecificScopeSilent()
    {
        var policy = Clean();
        policy.SpecificAllowedTargets = [Finance];
        var specific = Clean();
        specific.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers;
        specific.SpecificAllowedTargets = [Finance];

        Rules(policy).ShouldContain(LintRules.TargetsBesideAllScope);
        Rules(specific).ShouldNotContain(LintRules.TargetsBesideAllScope);
    }

    [Fact]
    public void Check_AlternateApproversWithEscalationOff_WarnsOnTheStage()
    {
        var policy = Clean();
        policy.RequestApproval.Stages[0].EscalationApprovers = [Patti];

        var finding = PolicyLint.Check([policy]).ShouldHaveSingleItem();
        finding.RuleId.ShouldBe(LintRules.UnusedEscalationApprovers);
        finding.PropertyPath.ShouldBe("RequestApproval.Stages[0].EscalationApprovers");
        finding.Message.ShouldStartWith("Stage 1 lists alternate approvers");
    }

    [Fact]
    public void Check_DirectionControlInTheNameOrAQuestion_WarnsShowingIt()
    {
        var policy = Clean("Contractors‮ – manager approval");
        policy.Questions = [new QuestionDraft { Text = "Project⁧?" }];

        var findings = PolicyLint.Check([policy]);

        findings.Select(f => (f.RuleId, f.PropertyPath)).ShouldBe(
            [(LintRules.HiddenDirectionControls, PolicyPaths.DisplayName), (LintRules.HiddenDirectionControls, PolicyPaths.Question(0))]);
        findings[0].Message.ShouldContain("“Contractors[U+202E] – manager approval”");
        findings.ShouldAllBe(f => !f.Message.Contains('\u202E') && !f.PolicyName!.Contains('\u202E'));
    }

    [Fact]
    public void Check_TwoExtensionsAtOneStage_Warns()
    {
        var policy = Clean();
        policy.CustomExtensionStageSettings =
        [
            new() { Stage = CustomExtensionStage.AssignmentRequestGranted, CustomExtensionId = "e1" },
            new() { Stage = CustomExtensionStage.AssignmentRequestGranted, CustomExtensionId = "e2" },
        ];

        PolicyLint.Check([policy]).ShouldHaveSingleItem().RuleId.ShouldBe(LintRules.RepeatedCustomExtensionStage);
    }

    [Fact]
    public void Check_ManagerReviewWithoutFallbackReviewer_Warns()
    {
        var policy = Clean();
        policy.ReviewSettings.ReviewerType = ReviewerType.Manager;
        PolicyLint.Check([policy]).ShouldHaveSingleItem().PropertyPath.ShouldBe("ReviewSettings.FallbackReviewers");

        policy.ReviewSettings.FallbackReviewers = [Patti];
        Rules(policy).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Initial Policy", true)]
    [InlineData("New policy", true)]
    [InlineData("Policy 1", true)]
    [InlineData("  policy (2) ", true)]
    [InlineData("", true)]
    [InlineData("Untitled", true)]
    [InlineData("Employees – manager approval", false)]
    [InlineData("Policy for contractors", false)]
    public void Check_DefaultName_IsReported(string name, bool reported)
    {
        Rules(Clean(name)).Contains(LintRules.DefaultName).ShouldBe(reported);
    }

    [Fact]
    public void Check_ElevenPolicies_WarnsOnceAsAdviceNotAGraphLimit_TenDoNot()
    {
        var policies = Enumerable.Range(0, 10).Select(i => Direct($"p{i}")).ToList();
        Rules([.. policies]).ShouldBeEmpty();

        var findings = PolicyLint.Check(policies, Direct("p10"));
        findings.ShouldHaveSingleItem().RuleId.ShouldBe(LintRules.TooManyPolicies);
        findings[0].Severity.ShouldBe(LintSeverity.Warning);
        findings[0].Message.ShouldContain("not a Graph rule");
    }

    [Fact]
    public void Check_CandidateWithTheIdOfAnExistingPolicy_ReplacesIt()
    {
        var existing = Clean("Employees");
        var edited = Clean("Employees", existing.Id!);
        edited.DisplayName = "New Policy";

        PolicyLint.Check([existing], edited).Select(f => f.RuleId).ShouldBe([LintRules.DefaultName]);
    }

    [Theory]
    [InlineData(ReviewFrequency.Weekly, 7, false)]
    [InlineData(ReviewFrequency.Weekly, 8, true)]
    [InlineData(ReviewFrequency.Monthly, 28, false)]
    [InlineData(ReviewFrequency.Monthly, 30, true)]
    [InlineData(ReviewFrequency.Quarterly, 89, false)]
    [InlineData(ReviewFrequency.Quarterly, 90, true)]
    public void Check_ReviewLongerThanItsFrequency_IsReported(ReviewFrequency frequency, int days, bool reported)
    {
        var policy = Clean();
        policy.ReviewSettings.Frequency = frequency;
        policy.ReviewSettings.Duration = PolicyDuration.Days(days);

        Rules(policy).Contains(LintRules.ReviewLongerThanFrequency).ShouldBe(reported);
    }

    private static PolicyDraft Direct(string id) => new()
    {
        Id = id,
        DisplayName = "Direct " + id,
        Description = "Administrators assign directly.",
        AllowedTargetScope = AllowedTargetScope.NotSpecified,
        RequestApproval = new ApprovalSettingsDraft { IsApprovalRequiredForAdd = false, Stages = [] },
        Expiration = new ExpirationDraft { Kind = ExpirationKind.AfterDuration, Duration = PolicyDuration.Days(30) },
    };
}
