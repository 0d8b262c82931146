using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Templates;
using PolicyPortal.Core.Tests.Support;

namespace PolicyPortal.Core.Tests.Templates;

public sealed class PolicyTemplatesTests
{
    private static readonly AccessPackageReference Package = new() { Id = "a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b", DisplayName = "Sales tools" };

    public static TheoryData<string> Keys => [.. PolicyTemplates.All.Select(t => t.Key)];

    [Fact]
    public void All_Templates_HaveUniqueKebabKeysNamesAndSummaries()
    {
        PolicyTemplates.All.Count.ShouldBeGreaterThanOrEqualTo(5);
        PolicyTemplates.All.Select(t => t.Key).ShouldBeUnique();
        PolicyTemplates.All.ShouldAllBe(t => System.Text.RegularExpressions.Regex.IsMatch(t.Key, "^[a-z0-9]+(-[a-z0-9]+)*$"));
        PolicyTemplates.All.ShouldAllBe(t => t.Name.Length > 0 && t.Summary.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Create_Unfilled_ValidatorAsksExactlyForThePeopleToPick(string key)
    {
        var template = PolicyTemplates.Find(key)!;

        var issues = Drafts.Validator().ValidateDraft(template.Create(Package)).Issues;

        issues.Select(i => i.PropertyPath).Distinct().ShouldBe(template.PeopleToPick.Select(p => p.PropertyPath), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Create_PeoplePicked_IsValid(string key)
    {
        var template = PolicyTemplates.Find(key)!;
        var draft = template.Create(Package);
        var n = 0;
        foreach (var slot in template.PeopleToPick)
        {
            slot.Subjects(draft).AddRange(slot.SuggestedKinds.Select(kind => kind == SubjectKind.User ? Drafts.User($"{n++}") : Drafts.Group($"{n++}")));
        }

        Drafts.Validator().ValidateDraft(draft).Issues.ShouldBeEmpty();
        draft.AccessPackage.Id.ShouldBe(Package.Id);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Create_TwoCalls_ShareNothing(string key)
    {
        var template = PolicyTemplates.Find(key)!;
        var first = template.Create();
        var second = template.Create();

        first.ShouldNotBeSameAs(second);
        first.SpecificAllowedTargets.ShouldNotBeSameAs(second.SpecificAllowedTargets);
        first.RequestApproval.Stages.ShouldNotBeSameAs(second.RequestApproval.Stages);
        first.Questions.ShouldNotBeSameAs(second.Questions);
    }

    [Fact]
    public void ExternalPartners_IsTheConnectedOrganizationTwoStagePolicyWithQuarterlyReview()
    {
        var template = PolicyTemplates.ExternalPartners;
        var draft = template.Create();

        draft.AllowedTargetScope.ShouldBe(AllowedTargetScope.AllConfiguredConnectedOrganizationUsers);
        draft.RequestApproval.Stages.Count.ShouldBe(2);
        draft.RequestApproval.Stages[0].PrimaryApprovers.ShouldHaveSingleItem().Kind.ShouldBe(SubjectKind.InternalSponsors);
        template.PeopleToPick[0].PropertyPath.ShouldBe("RequestApproval.Stages[0].FallbackPrimaryApprovers");
        template.PeopleToPick[0].SuggestedKinds.ShouldBe([SubjectKind.User, SubjectKind.Group]);
        template.PeopleToPick[1].PropertyPath.ShouldBe("RequestApproval.Stages[1].PrimaryApprovers");
        template.PeopleToPick[1].SuggestedKinds.ShouldBe([SubjectKind.User, SubjectKind.Group]);
        template.PeopleToPick[2].SuggestedKinds.ShouldBe([SubjectKind.Group]);
        draft.ReviewSettings.IsEnabled.ShouldBeTrue();
        draft.ReviewSettings.RecurrenceType.ShouldBe(ReviewRecurrenceType.AbsoluteMonthly);
        draft.ReviewSettings.RecurrenceInterval.ShouldBe(3);
        draft.ReviewSettings.Duration.ShouldBe(PolicyDuration.Days(14));
        draft.Expiration.Kind.ShouldBe(ExpirationKind.NoExpiration);
    }

    [Fact]
    public void AutoAssignByDepartment_IsAnAutoAssignmentPolicyWithOneRule()
    {
        var draft = PolicyTemplates.AutoAssignByDepartment.Create();

        draft.IsAutoAssignment.ShouldBeTrue();
        draft.AllowedTargetScope.ShouldBe(AllowedTargetScope.SpecificDirectoryUsers);
        draft.SpecificAllowedTargets.ShouldHaveSingleItem().Kind.ShouldBe(SubjectKind.AttributeRule);
        draft.RequestApproval.Stages.ShouldBeEmpty();
    }

    [Fact]
    public void ContractorsWithQuestions_HasBothQuestionKindsAnd90DayExpiry()
    {
        var draft = PolicyTemplates.ContractorsWithQuestions.Create();

        draft.Questions.Select(q => q.Kind).ShouldBe([QuestionKind.Text, QuestionKind.MultipleChoice]);
        draft.Expiration.Kind.ShouldBe(ExpirationKind.AfterDuration);
        draft.Expiration.Duration.ShouldBe(PolicyDuration.Days(90));
    }
}
