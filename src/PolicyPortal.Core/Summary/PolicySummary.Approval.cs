using System.Globalization;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Summary;

public static partial class PolicySummary
{
    internal static List<string> Approval(PolicyDraft draft)
    {
        var approval = draft.RequestApproval;
        if (!approval.IsApprovalRequired || approval.Stages.Count == 0)
        {
            var none = new List<string> { "Requests are granted without approval." };
            if (approval.IsRequestorJustificationRequired)
            {
                none.Add("Requestors must give a justification.");
            }

            return none;
        }

        var when = (approval.IsApprovalRequiredForAdd, approval.IsApprovalRequiredForUpdate) switch
        {
            (true, true) => "New requests and extensions need approval",
            (true, false) => "New requests need approval; extensions do not",
            _ => "Extensions need approval; new requests do not",
        };
        var sentences = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{when}, in {SummaryWords.Count(approval.Stages.Count, "stage")}."),
            approval.IsRequestorJustificationRequired ? "Requestors must give a justification." : "Requestors do not need to give a justification.",
        };
        for (var i = 0; i < approval.Stages.Count; i++)
        {
            sentences.AddRange(Stage(i + 1, approval.Stages[i]));
        }

        return sentences;
    }

    internal static List<string> Stage(int number, ApprovalStageDraft stage)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"Stage {number}");
        if (stage.PrimaryApprovers.Count == 0 && stage.FallbackPrimaryApprovers.Count > 0)
        {
            // Graph's create example 2: a stage with no primary approvers, decided by its fallback approvers.
            return [$"{label}: there are no primary approvers, so requests in {label.ToLowerInvariant()} go to the fallback approvers, {SubjectNames.Join(stage.FallbackPrimaryApprovers)}.",
                .. StageRest(label, stage)];
        }

        var sentences = new List<string> { $"{label}: approved by {SubjectNames.Join(stage.PrimaryApprovers)}." };
        if (stage.FallbackPrimaryApprovers.Count > 0)
        {
            sentences.Add($"{label} fallback: if none of them can be found, the request goes to {SubjectNames.Join(stage.FallbackPrimaryApprovers)} instead.");
        }

        return [.. sentences, .. StageRest(label, stage)];
    }

    private static List<string> StageRest(string label, ApprovalStageDraft stage)
    {
        var sentences = new List<string>
        {
            stage.IsApproverJustificationRequired
                ? $"{label}: approvers must justify their decision."
                : $"{label}: approvers do not need to justify their decision.",
        };
        if (stage.IsEscalationEnabled)
        {
            var escalation = $"{label} escalation: if nobody decides within {SummaryWords.Duration(stage.DurationBeforeEscalation)}, the request also goes to {SubjectNames.Join(stage.EscalationApprovers)}";
            escalation += stage.FallbackEscalationApprovers.Count > 0
                ? $" (or, if they can't be found, {SubjectNames.Join(stage.FallbackEscalationApprovers)})."
                : ".";
            sentences.Add(escalation);
        }

        sentences.Add($"{label}: if nobody decides within {SummaryWords.Duration(stage.DurationBeforeAutomaticDenial)}, the request is denied and must be made again.");
        if (stage.ApproverInformationVisibility != ApproverInformationVisibility.Default)
        {
            sentences.Add(stage.ApproverInformationVisibility == ApproverInformationVisibility.Visible
                ? $"{label}: requestors can see who their approvers are."
                : $"{label}: requestors cannot see who their approvers are.");
        }

        return sentences;
    }
}
