using System.Globalization;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

public sealed partial class PolicyDraftValidator
{
    private const int MaxStages = 3;
    private const double MinDaysForEscalation = 4;

    private void ApprovalRules()
    {
        Check((draft, context) =>
        {
            var approval = draft.RequestApproval;

            // Source: Entra "Configure an automatic assignment policy" — auto-assigned users don't request, so nobody approves.
            if (draft.IsAutoAssignment && approval.IsApprovalRequired)
            {
                context.Fail(PolicyPaths.IsApprovalRequiredForAdd, "Auto-assigned access isn't requested, so it can't be approved. Turn approval off for this auto-assignment policy.");
            }

            // Source: Graph accessPackageAssignmentApprovalSettings — "stages: one, two or three approval stages… an empty
            // collection if no approval is required".
            if (approval.IsApprovalRequired && approval.Stages.Count == 0)
            {
                context.Fail(PolicyPaths.ApprovalStages, "Approval is required but there is no approval stage. Add a stage with its approvers, or turn approval off.");
            }
            else if (approval.IsApprovalRequired && approval.Stages.Count > MaxStages)
            {
                context.Fail(PolicyPaths.ApprovalStages, $"Entra allows at most {MaxStages} approval stages; this policy has {approval.Stages.Count}. Remove the extra stages.");
            }
            else if (!approval.IsApprovalRequired && approval.Stages.Count > 0)
            {
                context.Fail(PolicyPaths.ApprovalStages, "Approval is turned off, so there must be no approval stages. Remove the stages, or require approval.");
            }

            for (var i = 0; i < approval.Stages.Count; i++)
            {
                CheckStage(draft, context, approval.Stages[i], PolicyPaths.Stage(i), StageName(i));
            }
        });
    }

    /// <summary>"Stage 1", "Stage 2"… as the Approval step and the summary number them.</summary>
    internal static string StageName(int index) => string.Create(CultureInfo.InvariantCulture, $"Stage {index + 1}");

    private static void CheckStage(PolicyDraft draft, FluentValidation.ValidationContext<PolicyDraft> context, ApprovalStageDraft stage, string path, string name)
    {
        var scope = draft.AllowedTargetScope;

        // Source: Graph create example 2 (answered 201) has a stage with primaryApprovers: [] and fallback approvers only,
        // so a stage needs someone to decide, primary or fallback.
        if (stage.PrimaryApprovers.Count == 0 && stage.FallbackPrimaryApprovers.Count == 0)
        {
            var who = AllowedTargetScopes.IsConnectedOrganization(scope)
                ? "internal or external sponsors, a user or a group"
                : "a user, a group or the requestor's manager";
            context.Fail(PolicyPaths.Member(path, nameof(ApprovalStageDraft.PrimaryApprovers)), $"{name} has nobody to decide on requests. Add {who} as approvers, or remove the stage.");
        }

        SubjectRules.CheckSlot(context, PolicyPaths.Member(path, nameof(ApprovalStageDraft.PrimaryApprovers)), stage.PrimaryApprovers, SubjectSlot.PrimaryApprovers, scope);
        SubjectRules.CheckSlot(context, PolicyPaths.Member(path, nameof(ApprovalStageDraft.FallbackPrimaryApprovers)), stage.FallbackPrimaryApprovers, SubjectSlot.FallbackPrimaryApprovers, scope);
        SubjectRules.CheckSlot(context, PolicyPaths.Member(path, nameof(ApprovalStageDraft.EscalationApprovers)), stage.EscalationApprovers, SubjectSlot.EscalationApprovers, scope);
        SubjectRules.CheckSlot(context, PolicyPaths.Member(path, nameof(ApprovalStageDraft.FallbackEscalationApprovers)), stage.FallbackEscalationApprovers, SubjectSlot.FallbackEscalationApprovers, scope);

        CheckAnotherApprover(context, stage.PrimaryApprovers, stage.FallbackPrimaryApprovers, PolicyPaths.Member(path, nameof(ApprovalStageDraft.FallbackPrimaryApprovers)), name, "approvers");
        CheckSponsors(context, scope, stage.PrimaryApprovers, PolicyPaths.Member(path, nameof(ApprovalStageDraft.PrimaryApprovers)), name);

        // Source: Graph accessPackageApprovalStage — durationBeforeAutomaticDenial is "the number of days".
        var denial = stage.DurationBeforeAutomaticDenial;
        if (denial.Unit != DurationUnit.Days || denial.Value < 1)
        {
            context.Fail(PolicyPaths.Member(path, nameof(ApprovalStageDraft.DurationBeforeAutomaticDenial)), $"{name}: set how many days approvers have to decide (at least 1 day, in whole days) before the request is denied automatically.");
        }

        if (stage.IsEscalationEnabled)
        {
            CheckEscalation(context, stage, path, name);
        }
    }

    private static void CheckEscalation(FluentValidation.ValidationContext<PolicyDraft> context, ApprovalStageDraft stage, string path, string name)
    {
        // Source: Entra "Change approval settings of an access package" — "the request must be forwarded to alternate
        // approvers at least a day after the request is made… the request time-out must be at least four days".
        var denialDays = stage.DurationBeforeAutomaticDenial.TotalDays;
        var escalationDays = stage.DurationBeforeEscalation.TotalDays;
        if (denialDays < MinDaysForEscalation)
        {
            context.Fail(PolicyPaths.Member(path, nameof(ApprovalStageDraft.DurationBeforeAutomaticDenial)), $"{name}: forwarding to alternate approvers needs a request timeout of at least 4 days. Raise the timeout, or turn escalation off.");
        }

        if (escalationDays < 1)
        {
            context.Fail(PolicyPaths.Member(path, nameof(ApprovalStageDraft.DurationBeforeEscalation)), $"{name}: requests can go to alternate approvers only after at least 1 day. Set the escalation delay to 1 day or more.");
        }
        else if (escalationDays >= denialDays)
        {
            context.Fail(PolicyPaths.Member(path, nameof(ApprovalStageDraft.DurationBeforeEscalation)), $"{name}: the escalation delay must be shorter than the request timeout, or the request is denied before it reaches the alternate approvers. Shorten the delay or lengthen the timeout.");
        }

        // Source: Graph accessPackageApprovalStage — isEscalationEnabled "if true, then one or more escalationApprovers are configured".
        if (stage.EscalationApprovers.Count == 0)
        {
            context.Fail(PolicyPaths.Member(path, nameof(ApprovalStageDraft.EscalationApprovers)), $"{name}: escalation is on but no alternate approver is set. Add a user or group to forward requests to, or turn escalation off.");
        }

        CheckAnotherApprover(context, stage.EscalationApprovers, stage.FallbackEscalationApprovers, PolicyPaths.Member(path, nameof(ApprovalStageDraft.FallbackEscalationApprovers)), name, "alternate approvers");
    }

    /// <summary>
    /// Source: Graph requestorManager (also internalSponsors, externalSponsors, targetUserSponsors) — "When you use this
    /// type, also include another approver, such as a single user or group member, in case the requestor doesn't have a
    /// manager". A fallback approver satisfies it, and so does a user or group beside the manager.
    /// </summary>
    private static void CheckAnotherApprover(FluentValidation.ValidationContext<PolicyDraft> context, List<Subject> approvers, List<Subject> fallback,
        string fallbackPath, string name, string what)
    {
        var unresolvable = approvers.FirstOrDefault(subject => SubjectKinds.NeedsFallback(subject.Kind));
        var another = fallback.Count > 0 || approvers.Any(subject => subject.Kind is SubjectKind.User or SubjectKind.Group);
        if (unresolvable is not null && !another)
        {
            context.Fail(fallbackPath,
                $"{name}: the {what} include \"{SubjectKinds.Title(unresolvable.Kind)}\", who may not exist for every requestor. Add a fallback user or group, or a user or group beside them, to decide in that case.");
        }
    }

    /// <summary>Source: Graph internalSponsors / externalSponsors — "only for requestors from a connected organization".</summary>
    private static void CheckSponsors(FluentValidation.ValidationContext<PolicyDraft> context, AllowedTargetScope scope, List<Subject> approvers, string path, string name)
    {
        if (AllowedTargetScopes.IsConnectedOrganization(scope))
        {
            return;
        }

        if (approvers.FirstOrDefault(subject => SubjectKinds.IsConnectedOrganizationSponsor(subject.Kind)) is { } sponsor)
        {
            context.Fail(path,
                $"{name}: \"{SubjectKinds.Title(sponsor.Kind)}\" only exist for users of connected organizations, and this policy is for \"{AllowedTargetScopes.Title(scope)}\". Choose other approvers, or a connected-organization scope.");
        }
    }
}
