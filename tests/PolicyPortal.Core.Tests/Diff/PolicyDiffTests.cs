using PolicyPortal.Core.Diff;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Templates;

namespace PolicyPortal.Core.Tests.Diff;

public sealed class PolicyDiffTests
{
    private static PolicyDraft Partners()
    {
        var draft = PolicyTemplates.ExternalPartners.Create();
        draft.Id = "87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187";
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers.Add(Subject.User("u1", "Patti Fernandez"));
        draft.RequestApproval.Stages[1].PrimaryApprovers.Add(Subject.Group("g1", "Finance Approvers"));
        draft.ReviewSettings.PrimaryReviewers.Add(Subject.Group("g2", "Partner Reviewers"));
        return draft;
    }

    [Fact]
    public void Compare_SameDraft_IsEmpty()
    {
        PolicyDiff.Compare(Partners(), Partners()).ShouldBeEmpty();
    }

    [Fact]
    public void Compare_AnEdit_ListsExactlyTheChangedFields()
    {
        var before = Partners();
        var after = before.Clone();
        after.DisplayName = "External partners (EU)";
        after.RequestApproval.Stages[1].PrimaryApprovers.Add(Subject.User("u2", "Megan Bowen"));
        after.RequestApproval.Stages[1].PrimaryApprovers.RemoveAt(0);
        after.RequestApproval.Stages[0].DurationBeforeAutomaticDenial = PolicyDuration.Days(7);

        var changes = PolicyDiff.Compare(before, after);

        changes.Select(c => c.PropertyPath).ShouldBe(["DisplayName", "RequestApproval.Stages[0].DurationBeforeAutomaticDenial", "RequestApproval.Stages[1].PrimaryApprovers"]);
        changes[0].ShouldBe(new PolicyChange("DisplayName", "Name", "External partners", "External partners (EU)"));
        changes[1].Label.ShouldBe("Stage 1 decision time-out");
        (changes[1].Before, changes[1].After).ShouldBe(("14 days", "7 days"));
        changes[2].Label.ShouldBe("Stage 2 approvers");
        changes[2].Added.ShouldBe(["Megan Bowen"]);
        changes[2].Removed.ShouldBe(["members of Finance Approvers"]);
    }

    [Fact]
    public void Compare_RenamedSubjectSameId_IsNoChange()
    {
        var before = Partners();
        var after = before.Clone();
        after.RequestApproval.Stages[0].FallbackPrimaryApprovers[0].DisplayName = "Patti F.";

        PolicyDiff.Compare(before, after).ShouldBeEmpty();
    }

    [Fact]
    public void Compare_StageRemoved_ListsTheOldStageFieldsWithNoAfterValue()
    {
        var before = Partners();
        var after = before.Clone();
        after.RequestApproval.Stages.RemoveAt(1);

        var changes = PolicyDiff.Compare(before, after);

        changes.ShouldAllBe(c => c.PropertyPath.StartsWith("RequestApproval.Stages[1]", StringComparison.Ordinal) && c.After == null);
        changes.ShouldContain(c => c.Label == "Stage 2 approvers" && c.Removed.Contains("members of Finance Approvers"));
    }

    [Fact]
    public void Compare_ReviewTurnedOff_ListsOnlyTheSwitch()
    {
        var before = Partners();
        var after = before.Clone();
        after.ReviewSettings.IsEnabled = false;

        PolicyDiff.Compare(before, after).ShouldHaveSingleItem().ShouldBe(new PolicyChange("ReviewSettings.IsEnabled", "Access reviews", "Yes", "No"));
    }
}
