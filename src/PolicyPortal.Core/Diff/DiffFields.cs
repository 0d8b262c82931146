using System.Globalization;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;

namespace PolicyPortal.Core.Diff;

/// <summary>Every field an admin can edit, flattened with its path, label and value in words.</summary>
internal static class DiffFields
{
    public static IEnumerable<DiffField> Of(PolicyDraft draft)
    {
        yield return Text("DisplayName", "Name", draft.DisplayName);
        yield return Text("Description", "Description", draft.Description);
        yield return Text("AccessPackage", "Access package", draft.AccessPackage.DisplayName ?? draft.AccessPackage.Id ?? "");
        yield return Text("AllowedTargetScope", "Who can request", AllowedTargetScopes.Title(draft.AllowedTargetScope));
        yield return People("SpecificAllowedTargets", "Users who can request", draft.SpecificAllowedTargets);

        var auto = draft.AutomaticRequestSettings;
        yield return Flag("AutomaticRequestSettings.IsEnabled", "Assign automatically", auto.IsEnabled);
        if (auto.IsEnabled)
        {
            yield return Flag("AutomaticRequestSettings.RemoveAccessWhenTargetLeavesAllowedTargets", "Remove access when a user stops matching", auto.RemoveAccessWhenTargetLeavesAllowedTargets) with { Gated = true };
            yield return Text("AutomaticRequestSettings.GracePeriodBeforeAccessRemoval", "Grace period before removal",
                auto.GracePeriodBeforeAccessRemoval is { } grace ? SummaryWords.Duration(grace) : "none") with { Gated = true };
        }

        foreach (var field in Requestors(draft.RequestorSettings))
        {
            yield return field;
        }

        foreach (var field in Approval(draft.RequestApproval))
        {
            yield return field;
        }

        for (var i = 0; i < draft.Questions.Count; i++)
        {
            var question = draft.Questions[i];
            var q = Index("Questions", i);
            var label = string.Create(CultureInfo.InvariantCulture, $"Question {i + 1}");
            yield return Text($"{q}.Text", label, question.Text);
            yield return Text($"{q}.Kind", $"{label} answer type", question.Kind == QuestionKind.MultipleChoice
                ? question.IsMultipleSelectionAllowed ? "Multiple choice (several answers)" : "Multiple choice (one answer)"
                : question.IsSingleLineQuestion ? "Short text" : "Long text");
            yield return Flag($"{q}.IsRequired", $"{label} required", question.IsRequired);
            yield return Flag($"{q}.IsAnswerEditable", $"{label} answer editable", question.IsAnswerEditable);
            yield return Text($"{q}.RegexPattern", $"{label} answer pattern", question.Kind == QuestionKind.Text ? question.RegexPattern ?? "" : "");
            yield return Text($"{q}.Choices", $"{label} choices", string.Join(", ", question.Choices.Select(c => $"{c.Text} ({c.ActualValue})")));
            yield return Text($"{q}.Localizations", $"{label} translations", string.Join(", ", question.Localizations.Select(l => $"{l.LanguageCode}: {l.Text}")));
        }

        yield return Text("Expiration", "Expiration", PolicySummary.Expiration(draft.Expiration));

        foreach (var field in Review(draft.ReviewSettings))
        {
            yield return field;
        }

        yield return Text("CustomExtensionStageSettings", "Custom extensions", string.Join(" ", PolicySummary.CustomExtensions(draft.CustomExtensionStageSettings)));
        yield return Flag("NotificationSettings.IsAssignmentNotificationDisabled", "Notification e-mails turned off", draft.NotificationSettings.IsAssignmentNotificationDisabled);
    }

    private static IEnumerable<DiffField> Requestors(RequestorSettingsDraft settings)
    {
        const string r = "RequestorSettings";
        yield return Flag($"{r}.EnableTargetsToSelfAddAccess", "Requestors can request access", settings.EnableTargetsToSelfAddAccess);
        yield return Flag($"{r}.EnableTargetsToSelfUpdateAccess", "Requestors can extend access", settings.EnableTargetsToSelfUpdateAccess);
        yield return Flag($"{r}.EnableTargetsToSelfRemoveAccess", "Requestors can remove access", settings.EnableTargetsToSelfRemoveAccess);
        yield return Flag($"{r}.AllowCustomAssignmentSchedule", "Requestors can set start and end dates", settings.AllowCustomAssignmentSchedule);
        yield return Flag($"{r}.EnableOnBehalfRequestorsToAddAccess", "On-behalf requestors can request access", settings.EnableOnBehalfRequestorsToAddAccess);
        yield return Flag($"{r}.EnableOnBehalfRequestorsToUpdateAccess", "On-behalf requestors can extend access", settings.EnableOnBehalfRequestorsToUpdateAccess);
        yield return Flag($"{r}.EnableOnBehalfRequestorsToRemoveAccess", "On-behalf requestors can remove access", settings.EnableOnBehalfRequestorsToRemoveAccess);
        yield return People($"{r}.OnBehalfRequestors", "On-behalf requestors", settings.OnBehalfRequestors);
    }

    private static IEnumerable<DiffField> Approval(ApprovalSettingsDraft approval)
    {
        const string a = "RequestApproval";
        yield return Flag($"{a}.IsApprovalRequiredForAdd", "Approval required for new requests", approval.IsApprovalRequiredForAdd);
        yield return Flag($"{a}.IsApprovalRequiredForUpdate", "Approval required for extensions", approval.IsApprovalRequiredForUpdate);
        yield return Flag($"{a}.IsRequestorJustificationRequired", "Requestor justification required", approval.IsRequestorJustificationRequired);
        for (var i = 0; i < approval.Stages.Count; i++)
        {
            var stage = approval.Stages[i];
            var s = Index($"{a}.Stages", i);
            var label = string.Create(CultureInfo.InvariantCulture, $"Stage {i + 1}");
            yield return People($"{s}.PrimaryApprovers", $"{label} approvers", stage.PrimaryApprovers);
            yield return People($"{s}.FallbackPrimaryApprovers", $"{label} fallback approvers", stage.FallbackPrimaryApprovers);
            yield return Text($"{s}.DurationBeforeAutomaticDenial", $"{label} decision time-out", SummaryWords.Duration(stage.DurationBeforeAutomaticDenial));
            yield return Flag($"{s}.IsApproverJustificationRequired", $"{label} approver justification required", stage.IsApproverJustificationRequired);
            yield return Flag($"{s}.IsEscalationEnabled", $"{label} escalation", stage.IsEscalationEnabled);
            if (stage.IsEscalationEnabled)
            {
                yield return Text($"{s}.DurationBeforeEscalation", $"{label} time before escalation", SummaryWords.Duration(stage.DurationBeforeEscalation)) with { Gated = true };
                yield return People($"{s}.EscalationApprovers", $"{label} alternate approvers", stage.EscalationApprovers) with { Gated = true };
                yield return People($"{s}.FallbackEscalationApprovers", $"{label} fallback alternate approvers", stage.FallbackEscalationApprovers) with { Gated = true };
            }

            yield return Text($"{s}.ApproverInformationVisibility", $"{label} approvers visible to requestors", stage.ApproverInformationVisibility switch
            {
                ApproverInformationVisibility.Visible => "Yes",
                ApproverInformationVisibility.NotVisible => "No",
                _ => "Tenant default",
            });
            yield return Flag($"{s}.IsDynamic", $"{label} is a dynamic approval stage", stage.IsDynamic);
        }
    }

    private static IEnumerable<DiffField> Review(ReviewSettingsDraft review)
    {
        const string r = "ReviewSettings";
        yield return Flag($"{r}.IsEnabled", "Access reviews", review.IsEnabled);
        if (review.IsEnabled)
        {
            foreach (var field in ReviewDetails(review))
            {
                yield return field with { Gated = true };
            }
        }
    }

    private static IEnumerable<DiffField> ReviewDetails(ReviewSettingsDraft review)
    {
        const string r = "ReviewSettings";
        yield return Text($"{r}.Frequency", "Review frequency", SummaryWords.Frequency(review));
        yield return Text($"{r}.StartDateTime", "First review starts", review.StartDateTime is { } start ? SummaryWords.DateTime(start) : "not set");
        yield return Text($"{r}.DayOfMonth", "Reviews start on day", review.DayOfMonth > 0 ? review.DayOfMonth.ToString(System.Globalization.CultureInfo.InvariantCulture) : "the start date's day");
        yield return Text($"{r}.RangeType", "Reviews end", SummaryWords.ReviewEnd(review));
        yield return Text($"{r}.Duration", "Review duration", SummaryWords.Duration(review.Duration));
        yield return Text($"{r}.ReviewerType", "Reviewers are", review.ReviewerType switch
        {
            ReviewerType.Self => "The users themselves",
            ReviewerType.Manager => "The user's manager",
            _ => "Specific reviewers",
        });
        if (review.ReviewerType != ReviewerType.Self)
        {
            yield return People($"{r}.PrimaryReviewers", "Reviewers", review.PrimaryReviewers);
        }

        yield return People($"{r}.FallbackReviewers", "Fallback reviewers", review.FallbackReviewers);
        yield return Text($"{r}.ExpirationBehavior", "If nobody reviews", review.ExpirationBehavior switch
        {
            ReviewExpirationBehavior.RemoveAccess => "Remove access",
            ReviewExpirationBehavior.AcceptAccessRecommendation => "Apply the recommendation",
            _ => "Keep access",
        });
        yield return Flag($"{r}.IsRecommendationEnabled", "Reviewers see recommendations", review.IsRecommendationEnabled);
        yield return Flag($"{r}.IsReviewerJustificationRequired", "Reviewer justification required", review.IsReviewerJustificationRequired);
    }

    private static string Index(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");

    private static DiffField Text(string path, string label, string text) => new(path, label, text);

    private static DiffField Flag(string path, string label, bool value) => new(path, label, SummaryWords.YesNo(value));

    private static DiffField People(string path, string label, List<Subject> subjects) =>
        new(path, label, subjects.Count == 0 ? "Nobody" : SummaryWords.Capitalize(SubjectNames.Join(subjects)), subjects);
}
