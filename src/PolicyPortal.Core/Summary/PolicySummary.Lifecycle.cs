using System.Globalization;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Summary;

public static partial class PolicySummary
{
    internal static List<string> Questions(IReadOnlyList<QuestionDraft> questions)
    {
        if (questions.Count == 0)
        {
            return ["Requestors are not asked any questions."];
        }

        var sentences = new List<string> { $"Requestors answer {SummaryWords.Count(questions.Count, "question")}." };
        var ordered = questions.Select((question, index) => (question, index)).OrderBy(q => q.question.Sequence).ThenBy(q => q.index);
        var number = 1;
        foreach (var (question, _) in ordered)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"Question {number++}: {SummaryWords.Quote(question.Text)} – {QuestionDetails(question)}."));
        }

        return sentences;
    }

    private static string QuestionDetails(QuestionDraft question)
    {
        var parts = new List<string> { question.IsRequired ? "required" : "optional" };
        if (question.Kind == QuestionKind.MultipleChoice)
        {
            var choices = SubjectNames.JoinPhrases(question.Choices.Select(choice => SummaryWords.Quote(choice.Text)).ToList());
            parts.Add(question.IsMultipleSelectionAllowed ? $"choose any of {choices}" : $"choose one of {choices}");
        }
        else
        {
            parts.Add(question.IsSingleLineQuestion ? "short text answer" : "long text answer");
            if (!string.IsNullOrEmpty(question.RegexPattern))
            {
                parts.Add($"the answer must match {question.RegexPattern}");
            }
        }

        if (!question.IsAnswerEditable)
        {
            parts.Add("the answer cannot be changed later");
        }

        if (question.Localizations.Count > 0)
        {
            parts.Add("also asked in " + SubjectNames.JoinPhrases(question.Localizations
                .Select(localization => $"{localization.LanguageCode} ({SummaryWords.Quote(localization.Text)})").ToList()));
        }

        return string.Join("; ", parts);
    }

    internal static string Expiration(ExpirationDraft expiration) => expiration.Kind switch
    {
        ExpirationKind.NoExpiration => "Access never expires.",
        ExpirationKind.OnDate when expiration.EndDateTime is { } end => $"Access expires on {SummaryWords.DateTime(end)}.",
        ExpirationKind.OnDate => "Access expires on a date that is not set yet.",
        ExpirationKind.AfterDuration => $"Access expires {SummaryWords.Duration(expiration.Duration)} after it is granted.",
        _ => "No expiration is specified.",
    };

    internal static List<string> AccessReview(ReviewSettingsDraft review)
    {
        if (!review.IsEnabled)
        {
            return ["Access is not reviewed."];
        }

        var start = review.StartDateTime is { } first ? $", starting {SummaryWords.DateTime(first)}" : "";
        var sentences = new List<string>
        {
            $"Access is reviewed {SummaryWords.Frequency(review)}{start}; each review is open for {SummaryWords.Duration(review.Duration)}.",
        };
        if (review.DayOfMonth > 0 && review.RecurrenceType == ReviewRecurrenceType.AbsoluteMonthly)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"Reviews start on day {review.DayOfMonth} of the month."));
        }

        if (review.RangeType != ReviewRangeType.NoEnd)
        {
            sentences.Add(SummaryWords.Capitalize(SummaryWords.ReviewEnd(review)) + ".");
        }
        switch (review.ReviewerType)
        {
            case ReviewerType.Self:
                sentences.Add("Each user reviews their own access.");
                break;
            case ReviewerType.Manager:
                var manager = review.PrimaryReviewers.FirstOrDefault(s => s.Kind == SubjectKind.RequestorManager) ?? Subject.RequestorManager(1);
                sentences.Add($"Reviewed by {SubjectNames.Phrase(manager).Replace("requestor's", "user's", StringComparison.Ordinal)}.");
                break;
            default:
                sentences.Add($"Reviewed by {SubjectNames.Join(review.PrimaryReviewers)}.");
                break;
        }

        if (review.FallbackReviewers.Count > 0)
        {
            sentences.Add($"If the reviewers can't be found, the review goes to {SubjectNames.Join(review.FallbackReviewers)} instead.");
        }

        sentences.Add(review.ExpirationBehavior switch
        {
            ReviewExpirationBehavior.RemoveAccess => "If nobody reviews an assignment in time, access is removed.",
            ReviewExpirationBehavior.AcceptAccessRecommendation => "If nobody reviews an assignment in time, the recommendation is applied (keep access if the user signed in within 30 days, remove it otherwise).",
            _ => "If nobody reviews an assignment in time, access is kept.",
        });
        sentences.Add(review.IsRecommendationEnabled ? "Reviewers see recommendations." : "Reviewers see no recommendations.");
        sentences.Add(review.IsReviewerJustificationRequired ? "Reviewers must justify their decision." : "Reviewers do not need to justify their decision.");
        return sentences;
    }

    internal static List<string> CustomExtensions(IReadOnlyList<CustomExtensionStageSettingDraft> settings) => settings.Count == 0
        ? ["No custom extensions run."]
        : [.. settings.Select(setting =>
            $"{(string.IsNullOrWhiteSpace(setting.CustomExtensionDisplayName) ? $"The custom extension {setting.CustomExtensionId}" : $"The custom extension {setting.CustomExtensionDisplayName}")} runs {StageWords(setting.Stage)}.")];

    /// <summary>When a custom extension stage happens, in words.</summary>
    public static string StageWords(CustomExtensionStage stage) => stage switch
    {
        CustomExtensionStage.AssignmentRequestCreated => "when a request is created",
        CustomExtensionStage.AssignmentRequestApproved => "when a request is approved",
        CustomExtensionStage.AssignmentRequestGranted => "when access is granted",
        CustomExtensionStage.AssignmentRequestRemoved => "when access is removed",
        CustomExtensionStage.AssignmentFourteenDaysBeforeExpiration => "14 days before access expires",
        _ => "1 day before access expires",
    };

    internal static string Notifications(NotificationSettingsDraft notifications) => notifications.IsAssignmentNotificationDisabled
        ? "Assignment notification e-mails are turned off for this policy."
        : "Assignment notification e-mails are sent as usual.";
}
