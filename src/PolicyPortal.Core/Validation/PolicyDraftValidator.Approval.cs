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
            if (draft.IsAutoAssignment && approval.IsApprovalRequired)
            {
                context.Fail("RequestApproval.IsApprovalRequiredForAdd", "Auto-assigned access isn't requested, so it can't be approved. Turn approval off for this auto-assignment policy.");
            }

            if (approval.IsApprovalRequired && approval.Stages.Count == 0)
            {
                context.Fail("RequestApproval.Stages", "Approval is required but there is no approval stage. Add a stage with its approvers, or turn approval off.");
            }
            else if (approval.IsApprovalRequired && approval.Stages.Count > MaxStages)
            {
                context.Fail("RequestApproval.Stages", $"Entra allows at most {MaxStages} approval stages; this policy has {approval.Stages.Count}. Remove the extra stages.");
            }
            else if (!approval.IsApprovalRequired && approval.Stages.Count > 0)
            {
                context.Fail("RequestApproval.Stages", "Approval is turned off, so there must be no approval stages. Remove the stages, or require approval.");
            }

            for (var i = 0; i < approval.Stages.Count; i++)
            {
                CheckStage(draft, context, approval.Stages[i], string.Create(CultureInfo.InvariantCulture, $"RequestApproval.Stages[{i}]"));
            }
        });
    }

    private static void CheckStage(PolicyDraft draft, FluentValidation.ValidationContext<PolicyDraft> context, ApprovalStageDraft stage, string path)
    {
        var scope = draft.AllowedTargetScope;
        if (stage.PrimaryApprovers.Count == 0)
        {
            context.Fail($"{path}.PrimaryApprovers", "Each approval stage needs at least one approver. Add a user, a group, or the requestor's manager.");
        }

        SubjectRules.CheckSlot(context, $"{path}.PrimaryApprovers", stage.PrimaryApprovers, SubjectSlot.PrimaryApprovers, scope);
        SubjectRules.CheckSlot(context, $"{path}.FallbackPrimaryApprovers", stage.FallbackPrimaryApprovers, SubjectSlot.FallbackPrimaryApprovers, scope);
        SubjectRules.CheckSlot(context, $"{path}.EscalationApprovers", stage.EscalationApprovers, SubjectSlot.EscalationApprovers, scope);
        SubjectRules.CheckSlot(context, $"{path}.FallbackEscalationApprovers", stage.FallbackEscalationApprovers, SubjectSlot.FallbackEscalationApprovers, scope);

        CheckFallback(context, stage.PrimaryApprovers, stage.FallbackPrimaryApprovers, $"{path}.FallbackPrimaryApprovers", "approvers");
        CheckSponsors(context, scope, stage.PrimaryApprovers, $"{path}.PrimaryApprovers");

        var denial = stage.DurationBeforeAutomaticDenial;
        if (denial.Unit != DurationUnit.Days || denial.Value < 1)
        {
            context.Fail($"{path}.DurationBeforeAutomaticDenial", "Set how many days approvers have to decide (at least 1 day) before the request is denied automatically.");
        }

        if (stage.IsEscalationEnabled)
        {
            CheckEscalation(context, stage, path);
        }
        else if (stage.EscalationApprovers.Count > 0 || stage.FallbackEscalationApprovers.Count > 0)
        {
            context.Fail($"{path}.EscalationApprovers", "Alternate approvers are listed but escalation is off, so they would never be asked. Turn escalation on, or remove them.");
        }
    }

    private static void CheckEscalation(FluentValidation.ValidationContext<PolicyDraft> context, ApprovalStageDraft stage, string path)
    {
        var denialDays = stage.DurationBeforeAutomaticDenial.TotalDays;
        var escalationDays = stage.DurationBeforeEscalation.TotalDays;
        if (denialDays < MinDaysForEscalation)
        {
            context.Fail($"{path}.DurationBeforeAutomaticDenial", "Forwarding to alternate approvers needs a request timeout of at least 4 days. Raise the timeout, or turn escalation off.");
        }

        if (escalationDays < 1)
        {
            context.Fail($"{path}.DurationBeforeEscalation", "Requests can go to alternate approvers only after at least 1 day. Set the escalation delay to 1 day or more.");
        }
        else if (escalationDays >= denialDays)
        {
            context.Fail($"{path}.DurationBeforeEscalation", "The escalation delay must be shorter than the request timeout, or the request is denied before it reaches the alternate approvers. Shorten the delay or lengthen the timeout.");
        }

        if (stage.EscalationApprovers.Count == 0)
        {
            context.Fail($"{path}.EscalationApprovers", "Escalation is on but no alternate approver is set. Add a user or group to forward requests to, or turn escalation off.");
        }

        CheckFallback(context, stage.EscalationApprovers, stage.FallbackEscalationApprovers, $"{path}.FallbackEscalationApprovers", "alternate approvers");
    }

    private static void CheckFallback(FluentValidation.ValidationContext<PolicyDraft> context, List<Subject> approvers, List<Subject> fallback, string fallbackPath, string what)
    {
        var unresolvable = approvers.FirstOrDefault(subject => SubjectKinds.NeedsFallback(subject.Kind));
        if (unresolvable is not null && fallback.Count == 0)
        {
            context.Fail(fallbackPath,
                $"The {what} include \"{SubjectKinds.Title(unresolvable.Kind)}\", who may not exist for every requestor. Add a fallback user or group to decide in that case.");
        }
    }

    private static void CheckSponsors(FluentValidation.ValidationContext<PolicyDraft> context, AllowedTargetScope scope, List<Subject> approvers, string path)
    {
        if (AllowedTargetScopes.IsConnectedOrganization(scope))
        {
            return;
        }

        if (approvers.FirstOrDefault(subject => SubjectKinds.IsConnectedOrganizationSponsor(subject.Kind)) is { } sponsor)
        {
            context.Fail(path,
                $"\"{SubjectKinds.Title(sponsor.Kind)}\" only exist for users of connected organizations, and this policy is for \"{AllowedTargetScopes.Title(scope)}\". Choose other approvers, or a connected-organization scope.");
        }
    }
}
