using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Lint;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Templates;
using PolicyPortal.Core.Tests.Support;

namespace PolicyPortal.Core.Tests.Bulk;

/// <summary>The dry run of a bulk change: what each policy would become, what is left alone and why, and what the
/// wizard's rules refuse, before anything is sent.</summary>
public sealed class BulkPlanTests
{
    private static readonly AccessPackageInfo Sales = new("p-sales", "Sales tools", null, "Sales", false);
    private static readonly AccessPackageInfo Finance = new("p-finance", "Finance reports", null, "Finance", false);
    private static readonly Subject Nestor = Subject.User("00000000-0000-0000-0000-000000000009", "Nestor Wilke");

    [Fact]
    public void Change_FallbackApproverAcrossPackages_AddsItWherePoliciesHaveStagesAndSaysWhyTheOthersAreLeftAlone()
    {
        var targets = new[] { new BulkTarget(Sales, [Policy("s-1"), Direct("s-2")]), new BulkTarget(Finance, [Policy("f-1")]) };

        var plan = BulkPlan.Change(targets, PolicyFilter.All, new BulkEdit.FallbackApprover(Nestor, ReplaceExisting: false), Drafts.Validator());

        plan.Select(i => (i.Before!.Id, i.WouldBeSent)).ShouldBe([("s-1", true), ("s-2", false), ("f-1", true)]);
        plan[1].LeftAlone.ShouldBe("it takes no requests (administrators assign directly)");
        var change = plan[0].Changes.ShouldHaveSingleItem();
        change.Label.ShouldBe("Stage 1 fallback approvers");
        change.Added.ShouldBe(["Nestor Wilke"]);
        plan[0].Before!.RequestApproval.Stages[0].FallbackPrimaryApprovers.Count.ShouldBe(1, "the plan changes copies, never the policies read");
    }

    [Fact]
    public void Change_ReplacingFallbackApprovers_RemovesTheOldOnes()
    {
        var plan = BulkPlan.Change([new BulkTarget(Sales, [Policy("s-1")])], PolicyFilter.All, new BulkEdit.FallbackApprover(Nestor, ReplaceExisting: true), Drafts.Validator());

        var change = plan.ShouldHaveSingleItem().Changes.ShouldHaveSingleItem();
        change.Added.ShouldBe(["Nestor Wilke"]);
        change.Removed.ShouldBe(["Ann Lee"]);
    }

    [Fact]
    public void Change_AlreadySo_IsLeftAloneAndNotSent()
    {
        var plan = BulkPlan.Change([new BulkTarget(Sales, [Policy("s-1")])], PolicyFilter.All, new BulkEdit.ApprovalTimeout(PolicyDuration.Days(14)), Drafts.Validator());

        plan.ShouldHaveSingleItem().LeftAlone.ShouldBe("it is already so");
        plan[0].WouldBeSent.ShouldBeFalse();
    }

    [Fact]
    public void Change_TimeoutTooShortForEscalation_IsRefusedWithTheWizardsMessage()
    {
        var escalating = Policy("s-1");
        escalating.RequestApproval.Stages[0].IsEscalationEnabled = true;
        escalating.RequestApproval.Stages[0].DurationBeforeEscalation = PolicyDuration.Days(2);
        escalating.RequestApproval.Stages[0].EscalationApprovers.Add(Drafts.Group());
        escalating.RequestApproval.Stages[0].FallbackEscalationApprovers.Add(Drafts.User("2"));

        var plan = BulkPlan.Change([new BulkTarget(Sales, [escalating, Policy("s-2")])], PolicyFilter.All, new BulkEdit.ApprovalTimeout(PolicyDuration.Days(3)), Drafts.Validator());

        plan[0].WouldBeSent.ShouldBeFalse();
        plan[0].Problems.ShouldContain(p => p.Message.Contains("needs a request timeout of at least 4 days", StringComparison.Ordinal));
        plan[1].WouldBeSent.ShouldBeTrue();
        plan[1].Changes.ShouldHaveSingleItem().After.ShouldBe("3 days");
    }

    [Fact]
    public void Change_FilteredOnPoliciesWithoutAFallbackApprover_TouchesOnlyThose()
    {
        var withoutFallback = Policy("s-2");
        withoutFallback.RequestApproval.Stages[0].PrimaryApprovers = [Drafts.User("3")];
        withoutFallback.RequestApproval.Stages[0].FallbackPrimaryApprovers.Clear();

        var plan = BulkPlan.Change([new BulkTarget(Sales, [Policy("s-1"), withoutFallback])], PolicyFilter.WithoutFallbackApprover,
            new BulkEdit.FallbackApprover(Nestor, ReplaceExisting: false), Drafts.Validator());

        plan.ShouldHaveSingleItem().Before!.Id.ShouldBe("s-2");
    }

    [Fact]
    public void Change_Review_TurnsReviewsOnWithTheFrequencyAndReviewers()
    {
        var edit = new BulkEdit.Review(ReviewFrequency.Quarterly, new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero), ReviewerType.Specific, [Drafts.Group()]);

        var unreviewed = Policy("s-2");
        unreviewed.ReviewSettings.IsEnabled = false;

        var plan = BulkPlan.Change([new BulkTarget(Sales, [Policy("s-1"), unreviewed])], PolicyFilter.WithoutReview, edit, Drafts.Validator());

        plan.ShouldHaveSingleItem().Before!.Id.ShouldBe("s-2");
        var after = plan.ShouldHaveSingleItem().After.ReviewSettings;
        (after.IsEnabled, after.Frequency, after.PrimaryReviewers.Single().DisplayName).ShouldBe((true, ReviewFrequency.Quarterly, "Approvers"));
        edit.Describe().ShouldBe("Review access every 3 months (quarterly) from 4 January 2027 at 00:00 UTC, by members of Approvers");
    }

    [Fact]
    public void Change_Advice_IsWhatTheChangeBringsNotWhatThePolicyWasAlreadyAdvised()
    {
        var undescribed = Policy("s-1");
        undescribed.Description = "";
        undescribed.ReviewSettings.IsEnabled = false;
        var weekly = new BulkEdit.Review(ReviewFrequency.Weekly, new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero), ReviewerType.Self, []);

        var fallback = BulkPlan.Change([new BulkTarget(Sales, [undescribed])], PolicyFilter.All, new BulkEdit.FallbackApprover(Nestor, false), Drafts.Validator());
        var review = BulkPlan.Change([new BulkTarget(Sales, [undescribed])], PolicyFilter.All, weekly, Drafts.Validator());

        fallback.ShouldHaveSingleItem().Advice.ShouldBeEmpty("the missing description was advised before the change");
        review.ShouldHaveSingleItem().Advice.ShouldHaveSingleItem().RuleId.ShouldBe(LintRules.ReviewLongerThanFrequency);
    }

    [Fact]
    public void Create_FromATemplate_OnePerPackageWithThePackagesOwnLint()
    {
        var targets = new[] { new BulkTarget(Sales, [Policy("s-1")]), new BulkTarget(Finance, []) };
        var source = PolicyTemplates.DirectAssignmentOnly.Create();

        var plan = BulkPlan.Create(targets, source, Drafts.Validator());

        plan.Select(i => (i.IsCreate, i.After.AccessPackage.Id, i.WouldBeSent)).ShouldBe([(true, "p-sales", true), (true, "p-finance", true)]);
        plan.ShouldAllBe(i => i.After.Id == null);
        source.AccessPackage.Id.ShouldBeNull("the source is copied, never changed");
    }

    [Fact]
    public void Create_SecondAutoAssignmentPolicy_IsRefusedAndCompetingRequestPoliciesAreAdvised()
    {
        var automatic = PolicyTemplates.AutoAssignByDepartment.Create();
        automatic.Id = "s-auto";
        var targets = new[] { new BulkTarget(Sales, [automatic, Policy("s-1")]) };

        var autoPlan = BulkPlan.Create(targets, PolicyTemplates.AutoAssignByDepartment.Create(), Drafts.Validator());
        var membersPlan = BulkPlan.Create(targets, Policy("template"), Drafts.Validator());

        autoPlan.ShouldHaveSingleItem().WouldBeSent.ShouldBeFalse();
        autoPlan[0].Problems.ShouldNotBeEmpty();
        membersPlan.ShouldHaveSingleItem().Advice.ShouldContain(f => f.RuleId == LintRules.ShadowedPopulation);
    }

    private static PolicyDraft Policy(string id)
    {
        var policy = Drafts.Valid();
        policy.Id = id;
        policy.AccessPackage = new AccessPackageReference { Id = "p", DisplayName = "p" };
        return policy;
    }

    private static PolicyDraft Direct(string id)
    {
        var policy = PolicyTemplates.DirectAssignmentOnly.Create();
        policy.Id = id;
        return policy;
    }
}
