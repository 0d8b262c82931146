using System.Text.Json;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Tests.Support;

namespace PolicyPortal.Core.Tests.Policies;

public sealed class PolicyDraftTests
{
    [Fact]
    public void New_Draft_HasPortalDefaultsAndEveryListReady()
    {
        var draft = new PolicyDraft();

        draft.IsNew.ShouldBeTrue();
        draft.AllowedTargetScope.ShouldBe(AllowedTargetScope.AllMemberUsers);
        draft.RequestApproval.IsApprovalRequiredForAdd.ShouldBeTrue();
        draft.RequestApproval.Stages.ShouldHaveSingleItem().DurationBeforeAutomaticDenial.ShouldBe(PolicyDuration.Days(14));
        draft.Expiration.Duration.ShouldBe(PolicyDuration.Days(365));
        draft.ReviewSettings.IsRecommendationEnabled.ShouldBeTrue();
        draft.SpecificAllowedTargets.ShouldBeEmpty();
        draft.RequestorSettings.OnBehalfRequestors.ShouldBeEmpty();
        draft.Questions.ShouldBeEmpty();
        draft.CustomExtensionStageSettings.ShouldBeEmpty();
    }

    [Fact]
    public void Clone_ValidDraft_IsDeepAndComplete()
    {
        var draft = Drafts.Valid();
        draft.Id = "p1";

        var copy = draft.Clone();

        JsonSerializer.Serialize(copy).ShouldBe(JsonSerializer.Serialize(draft));
        copy.RequestApproval.Stages[0].ShouldNotBeSameAs(draft.RequestApproval.Stages[0]);
        copy.RequestApproval.Stages[0].FallbackPrimaryApprovers[0].ShouldNotBeSameAs(draft.RequestApproval.Stages[0].FallbackPrimaryApprovers[0]);
        copy.RequestApproval.Stages[0].FallbackPrimaryApprovers[0].DisplayName.ShouldBe("Ann Lee");
    }

    [Fact]
    public void CloneAsNew_EditedPolicy_DropsGraphIdsOnly()
    {
        var draft = Drafts.Valid();
        draft.Id = "p1";
        draft.Questions[0].Id = "q1";
        draft.CustomExtensionStageSettings[0].Id = "s1";

        var copy = draft.CloneAsNew();

        copy.IsNew.ShouldBeTrue();
        copy.Questions[0].Id.ShouldBeNull();
        copy.CustomExtensionStageSettings[0].Id.ShouldBeNull();
        copy.DisplayName.ShouldBe(draft.DisplayName);
        draft.Id.ShouldBe("p1");
    }

    [Fact]
    public void RenumberQuestions_AfterReorder_FollowsListOrder()
    {
        var draft = Drafts.Valid();
        draft.Questions.Reverse();

        draft.RenumberQuestions();

        draft.Questions.Select(q => q.Sequence).ShouldBe([1, 2]);
        draft.Questions[0].Text.ShouldBe("Where?");
    }
}
