using System.Globalization;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;

namespace PolicyPortal.Core.Diff;

/// <summary>Every field an admin can edit, flattened with its path, label and value in words.</summary>
internal static class DiffFields
{
    public static IEnumerable<DiffField> Of(PolicyDraft draft)
    {
        yield return Text(PolicyPaths.DisplayName, "Name", draft.DisplayName);
        yield return Text(PolicyPaths.Description, "Description", draft.Description);
        yield return Text(PolicyPaths.AccessPackage, "Access package", draft.AccessPackage.DisplayName ?? draft.AccessPackage.Id ?? "");
        yield return Text(PolicyPaths.AllowedTargetScope, "Who can request", AllowedTargetScopes.Title(draft.AllowedTargetScope));
        yield return People(PolicyPaths.SpecificAllowedTargets, "Users who can request", draft.SpecificAllowedTargets);

        var auto = draft.AutomaticRequestSettings;
        yield return Flag(PolicyPaths.AutomaticRequestIsEnabled, "Assign automatically", auto.IsEnabled);
        if (auto.IsEnabled)
        {
            yield return Flag(PolicyPaths.Member(PolicyPaths.AutomaticRequestSettings, nameof(AutomaticRequestSettingsDraft.RequestAccessForAllowedTargets)),
                "Create assignments for matching users", auto.RequestAccessForAllowedTargets) with { Gated = true };
            yield return Flag(PolicyPaths.AutomaticRequestRemoveAccess, "Remove access when a user stops matching", auto.RemoveAccessWhenTargetLeavesAllowedTargets) with { Gated = true };
            yield return Text(PolicyPaths.AutomaticRequestGracePeriod, "Grace period before removal",
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
            var q = PolicyPaths.Question(i);
            var label = string.Create(CultureInfo.InvariantCulture, $"Question {i + 1}");
            yield return Text(PolicyPaths.Member(q, nameof(QuestionDraft.Text)), label, question.Text);
            yield return Text(PolicyPaths.Member(q, nameof(QuestionDraft.Kind)), $"{label} answer type", question.Kind == QuestionKind.MultipleChoice
                ? question.IsMultipleSelectionAllowed ? "Multiple choice (several answers)" : "Multiple choice (one answer)"
                : question.IsSingleLineQuestion ? "Short text" : "Long text");
            yield return Flag(PolicyPaths.Member(q, nameof(QuestionDraft.IsRequired)), $"{label} required", question.IsRequired);
            yield return Flag(PolicyPaths.Member(q, nameof(QuestionDraft.IsAnswerEditable)), $"{label} answer editable", question.IsAnswerEditable);
            yield return Text(PolicyPaths.Member(q, nameof(QuestionDraft.RegexPattern)), $"{label} answer pattern", question.Kind == QuestionKind.Text ? question.RegexPattern ?? "" : "");
            yield return Text(PolicyPaths.Member(q, nameof(QuestionDraft.Choices)), $"{label} choices", string.Join(", ", question.Choices.Select(Choice)));
            yield return Text(PolicyPaths.Member(q, nameof(QuestionDraft.Localizations)), $"{label} translations", string.Join(", ", question.Localizations.Select(l => $"{l.LanguageCode}: {l.Text}")));
        }

        yield return Text(PolicyPaths.Expiration, "Expiration", PolicySummary.Expiration(draft.Expiration));

        foreach (var field in Review(draft.ReviewSettings))
        {
            yield return field;
        }

        yield return Text(PolicyPaths.CustomExtensionStageSettings, "Custom extensions", string.Join(" ", PolicySummary.CustomExtensions(draft.CustomExtensionStageSettings)));
        yield return Flag(PolicyPaths.Member(PolicyPaths.NotificationSettings, nameof(NotificationSettingsDraft.IsAssignmentNotificationDisabled)), "Notification e-mails turned off", draft.NotificationSettings.IsAssignmentNotificationDisabled);
    }

    private static IEnumerable<DiffField> Requestors(RequestorSettingsDraft settings)
    {
        const string r = PolicyPaths.RequestorSettings;
        yield return Flag(PolicyPaths.Member(r, nameof(RequestorSettingsDraft.EnableTargetsToSelfAddAccess)), "Requestors can request access", settings.EnableTargetsToSelfAddAccess);
        yield return Flag(PolicyPaths.Member(r, nameof(RequestorSettingsDraft.EnableTargetsToSelfUpdateAccess)), "Requestors can extend access", settings.EnableTargetsToSelfUpdateAccess);
        yield return Flag(PolicyPaths.Member(r, nameof(RequestorSettingsDraft.EnableTargetsToSelfRemoveAccess)), "Requestors can remove access", settings.EnableTargetsToSelfRemoveAccess);
        yield return Flag(PolicyPaths.Member(r, nameof(RequestorSettingsDraft.AllowCustomAssignmentSchedule)), "Requestors can set start and end dates", settings.AllowCustomAssignmentSchedule);
        yield return Flag(PolicyPaths.Member(r, nameof(RequestorSettingsDraft.EnableOnBehalfRequestorsToAddAccess)), "On-behalf requestors can request access", settings.EnableOnBehalfRequestorsToAddAccess);
        yield return Flag(PolicyPaths.Member(r, nameof(RequestorSettingsDraft.EnableOnBehalfRequestorsToUpdateAccess)), "On-behalf requestors can extend access", settings.EnableOnBehalfRequestorsToUpdateAccess);
        yield return Flag(PolicyPaths.Member(r, nameof(RequestorSettingsDraft.EnableOnBehalfRequestorsToRemoveAccess)), "On-behalf requestors can remove access", settings.EnableOnBehalfRequestorsToRemoveAccess);
        yield return People(PolicyPaths.Member(r, nameof(RequestorSettingsDraft.OnBehalfRequestors)), "On-behalf requestors", settings.OnBehalfRequestors);
    }

    private static IEnumerable<DiffField> Approval(ApprovalSettingsDraft approval)
    {
        const string a = PolicyPaths.RequestApproval;
        yield return Flag(PolicyPaths.Member(a, nameof(ApprovalSettingsDraft.IsApprovalRequiredForAdd)), "Approval required for new requests", approval.IsApprovalRequiredForAdd);
        yield return Flag(PolicyPaths.Member(a, nameof(ApprovalSettingsDraft.IsApprovalRequiredForUpdate)), "Approval required for extensions", approval.IsApprovalRequiredForUpdate);
        yield return Flag(PolicyPaths.Member(a, nameof(ApprovalSettingsDraft.IsRequestorJustificationRequired)), "Requestor justification required", approval.IsRequestorJustificationRequired);
        for (var i = 0; i < approval.Stages.Count; i++)
        {
            var stage = approval.Stages[i];
            var s = PolicyPaths.Stage(i);
            var label = string.Create(CultureInfo.InvariantCulture, $"Stage {i + 1}");
            yield return People(PolicyPaths.Member(s, nameof(ApprovalStageDraft.PrimaryApprovers)), $"{label} approvers", stage.PrimaryApprovers);
            yield return People(PolicyPaths.Member(s, nameof(ApprovalStageDraft.FallbackPrimaryApprovers)), $"{label} fallback approvers", stage.FallbackPrimaryApprovers);
            yield return Text(PolicyPaths.Member(s, nameof(ApprovalStageDraft.DurationBeforeAutomaticDenial)), $"{label} decision time-out", SummaryWords.Duration(stage.DurationBeforeAutomaticDenial));
            yield return Flag(PolicyPaths.Member(s, nameof(ApprovalStageDraft.IsApproverJustificationRequired)), $"{label} approver justification required", stage.IsApproverJustificationRequired);
            yield return Flag(PolicyPaths.Member(s, nameof(ApprovalStageDraft.IsEscalationEnabled)), $"{label} escalation", stage.IsEscalationEnabled);
            if (stage.IsEscalationEnabled)
            {
                yield return Text(PolicyPaths.Member(s, nameof(ApprovalStageDraft.DurationBeforeEscalation)), $"{label} time before escalation", SummaryWords.Duration(stage.DurationBeforeEscalation)) with { Gated = true };
                yield return People(PolicyPaths.Member(s, nameof(ApprovalStageDraft.EscalationApprovers)), $"{label} alternate approvers", stage.EscalationApprovers) with { Gated = true };
                yield return People(PolicyPaths.Member(s, nameof(ApprovalStageDraft.FallbackEscalationApprovers)), $"{label} fallback alternate approvers", stage.FallbackEscalationApprovers) with { Gated = true };
            }

            yield return Text(PolicyPaths.Member(s, nameof(ApprovalStageDraft.ApproverInformationVisibility)), $"{label} approvers visible to requestors", stage.ApproverInformationVisibility switch
            {
                ApproverInformationVisibility.Visible => "Yes",
                ApproverInformationVisibility.NotVisible => "No",
                _ => "Tenant default",
            });
            yield return Flag(PolicyPaths.Member(s, nameof(ApprovalStageDraft.IsDynamic)), $"{label} is a dynamic approval stage", stage.IsDynamic);
        }
    }

    private static IEnumerable<DiffField> Review(ReviewSettingsDraft review)
    {
        const string r = PolicyPaths.ReviewSettings;
        yield return Flag(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.IsEnabled)), "Access reviews", review.IsEnabled);
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
        const string r = PolicyPaths.ReviewSettings;
        yield return Text(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.Frequency)), "Review frequency", SummaryWords.Frequency(review));
        yield return Text(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.StartDateTime)), "First review starts", review.StartDateTime is { } start ? SummaryWords.DateTime(start) : "not set");
        yield return Text(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.DayOfMonth)), "Reviews start on day", review.DayOfMonth > 0 ? review.DayOfMonth.ToString(System.Globalization.CultureInfo.InvariantCulture) : "the start date's day");
        yield return Text(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.RangeType)), "Reviews end", SummaryWords.ReviewEnd(review));
        yield return Text(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.Duration)), "Review duration", SummaryWords.Duration(review.Duration));
        yield return Text(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.ReviewerType)), "Reviewers are", review.ReviewerType switch
        {
            ReviewerType.Self => "The users themselves",
            ReviewerType.Manager => "The user's manager",
            _ => "Specific reviewers",
        });
        if (review.ReviewerType != ReviewerType.Self)
        {
            yield return People(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.PrimaryReviewers)), "Reviewers", review.PrimaryReviewers);
        }

        yield return People(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.FallbackReviewers)), "Fallback reviewers", review.FallbackReviewers);
        yield return Text(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.ExpirationBehavior)), "If nobody reviews", review.ExpirationBehavior switch
        {
            ReviewExpirationBehavior.RemoveAccess => "Remove access",
            ReviewExpirationBehavior.AcceptAccessRecommendation => "Apply the recommendation",
            _ => "Keep access",
        });
        yield return Flag(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.IsRecommendationEnabled)), "Reviewers see recommendations", review.IsRecommendationEnabled);
        yield return Flag(PolicyPaths.Member(r, nameof(ReviewSettingsDraft.IsReviewerJustificationRequired)), "Reviewer justification required", review.IsReviewerJustificationRequired);
    }

    private static string Choice(AnswerChoiceDraft choice) => choice.Localizations.Count == 0
        ? $"{choice.Text} ({choice.ActualValue})"
        : $"{choice.Text} ({choice.ActualValue}; {string.Join(", ", choice.Localizations.Select(l => $"{l.LanguageCode}: {l.Text}"))})";

    private static DiffField Text(string path, string label, string text) => new(path, label, text);

    private static DiffField Flag(string path, string label, bool value) => new(path, label, SummaryWords.YesNo(value));

    private static DiffField People(string path, string label, List<Subject> subjects) =>
        new(path, label, subjects.Count == 0 ? "Nobody" : SummaryWords.Capitalize(SubjectNames.Join(subjects)), subjects);
}
