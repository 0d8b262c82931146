using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Templates;
using PolicyPortal.Sandbox;

namespace PolicyPortal.Testing;

/// <summary>Drafts built from the portal's own templates with their people slots filled from the sandbox's seed.</summary>
public static class SeededDrafts
{
    /// <summary>The external-partners template: sponsors then Adele Vance and Finance Approvers as fallback, Nestor Wilke
    /// and Partner Reviewers in stage 2, Partner Reviewers reviewing quarterly.</summary>
    public static PolicyDraft ExternalPartners(string accessPackageId, string packageName, string name, string description)
    {
        var draft = PolicyTemplates.Find("external-partners")!.Create(new AccessPackageReference { Id = accessPackageId, DisplayName = packageName });
        draft.DisplayName = name;
        draft.Description = description;
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers.AddRange([
            Subject.User(SandboxSeedIds.Users.AdeleVance, "Adele Vance"), Subject.Group(SandboxSeedIds.Groups.FinanceApprovers, "Finance Approvers")]);
        draft.RequestApproval.Stages[1].PrimaryApprovers.AddRange([
            Subject.User(SandboxSeedIds.Users.NestorWilke, "Nestor Wilke"), Subject.Group(SandboxSeedIds.Groups.PartnerReviewers, "Partner Reviewers")]);
        draft.ReviewSettings.PrimaryReviewers.Add(Subject.Group(SandboxSeedIds.Groups.PartnerReviewers, "Partner Reviewers"));
        return draft;
    }
}
