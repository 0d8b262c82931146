using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Core.Tests.Wizard;

public sealed class WizardStepTests
{
    [Fact]
    public void All_Steps_HaveStableKebabNamesTitlesAndIndexes()
    {
        WizardStep.All.Select(s => s.Name).ShouldBe(["basics", "who-can-request", "requestor-options", "approval", "questions", "lifecycle", "access-review", "review"]);
        WizardStep.All.Select(s => s.Index).ShouldBe([0, 1, 2, 3, 4, 5, 6, 7]);
        WizardStep.All.ShouldAllBe(s => !string.IsNullOrWhiteSpace(s.Title));
    }

    [Fact]
    public void Fields_EveryWritableDraftMember_BelongsToExactlyOneStep()
    {
        var members = typeof(PolicyDraft).GetProperties().Where(p => p.CanWrite && p.Name != nameof(PolicyDraft.Id)).Select(p => p.Name);

        members.ShouldAllBe(member => WizardStep.All.Count(step => step.Fields.Contains(member)) == 1);
    }

    [Theory]
    [InlineData("RequestApproval.Stages[0].PrimaryApprovers", "approval")]
    [InlineData("SpecificAllowedTargets[2].ObjectId", "who-can-request")]
    [InlineData("AccessPackage.Id", "basics")]
    [InlineData("ReviewSettings", "access-review")]
    [InlineData("CustomExtensionStageSettings[1].Stage", "lifecycle")]
    public void ForPath_PropertyPath_FindsItsStep(string path, string step)
    {
        WizardStep.ForPath(path).ShouldBe(WizardStep.FromName(step));
    }
}
