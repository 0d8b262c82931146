using PolicyPortal.Core.Policies;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;

namespace PolicyPortal.Bench;

/// <summary>Drafts the harnesses submit, built from the portal's own templates and the sandbox's seed.</summary>
public static class BenchDrafts
{
    /// <summary>The seeded access packages.</summary>
    public static IReadOnlyList<string> Packages { get; } =
    [
        SandboxSeedIds.AccessPackages.SalesResources, SandboxSeedIds.AccessPackages.PartnerPortalAccess,
        SandboxSeedIds.AccessPackages.MarketingCampaignTools, SandboxSeedIds.AccessPackages.FinanceReporting,
        SandboxSeedIds.AccessPackages.EngineeringTools, SandboxSeedIds.AccessPackages.NewHireOnboarding,
    ];

    /// <summary>A full draft: partners request, three approval stages, two questions, quarterly review.</summary>
    public static PolicyDraft ThreeStage(string accessPackageId, string name)
    {
        var draft = SeededDrafts.ExternalPartners(accessPackageId, "Benchmark package", name,
            name + " – three approval stages, questions and a quarterly review.");
        draft.RequestApproval.Stages.Add(new ApprovalStageDraft
        {
            PrimaryApprovers = [Subject.User(SandboxSeedIds.Users.LidiaHolloway, "Lidia Holloway")],
            FallbackPrimaryApprovers = [Subject.User(SandboxSeedIds.Users.PattiFernandez, "Patti Fernandez")],
        });
        draft.Questions =
        [
            new QuestionDraft { Kind = QuestionKind.Text, Sequence = 1, Text = "Which project needs this access?" },
            new QuestionDraft
            {
                Kind = QuestionKind.MultipleChoice, Sequence = 2, Text = "Where are you based?",
                Choices = [new AnswerChoiceDraft { ActualValue = "EU", Text = "Europe" }, new AnswerChoiceDraft { ActualValue = "US", Text = "United States" }],
            },
        ];
        return draft;
    }
}
