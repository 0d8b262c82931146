using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using PolicyPortal.Core.Policies;
using GraphScope = Microsoft.Graph.Models.AllowedTargetScope;

namespace PolicyPortal.Graph.Policies;

/// <summary>
/// Pure, static mapping between Core's <see cref="PolicyDraft"/> and the Graph SDK's
/// <see cref="AccessPackageAssignmentPolicy"/>. <see cref="ToGraph(PolicyDraft)"/> builds the docs-shaped body: every collection
/// present, <c>@odata.type</c> on every subject, day-time durations, UTC <c>Z</c> date-times, <c>accessPackage: {"id"}</c>,
/// no read-only members (<c>id</c> only for an edit, as the docs' PUT example does).
/// </summary>
/// <remarks>
/// Build a fresh object for every request: with the SDK's backing store, a policy object serializes in full only once
/// (the request adapter then marks it unchanged and a second send is <c>{}</c>).
/// Date-times are carried as pre-formatted UTC strings in <c>AdditionalData</c> (see <c>UtcDateTimes</c>), so
/// <c>Schedule.StartDateTime</c> and <c>Expiration.EndDateTime</c> are null on objects this mapper builds.
/// </remarks>
public static partial class PolicyMapper
{
    /// <summary>The SDK object to POST (new draft) or PUT (draft with an <see cref="PolicyDraft.Id"/>).</summary>
    public static AccessPackageAssignmentPolicy ToGraph(PolicyDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var policy = new AccessPackageAssignmentPolicy
        {
            DisplayName = draft.DisplayName,
            Description = draft.Description,
            AllowedTargetScope = EnumMap.Convert<GraphScope>(draft.AllowedTargetScope),
            SpecificAllowedTargets = Subjects(draft.SpecificAllowedTargets),
            Expiration = ToGraph(draft.Expiration),
            RequestorSettings = ToGraph(draft.RequestorSettings),
            RequestApprovalSettings = ToGraph(draft.RequestApproval),
            NotificationSettings = new AccessPackageNotificationSettings { IsAssignmentNotificationDisabled = draft.NotificationSettings.IsAssignmentNotificationDisabled },
            Questions = [.. draft.Questions.Select(ToGraph)],
            CustomExtensionStageSettings = [.. draft.CustomExtensionStageSettings.Select(ToGraph)],
        };

        // Optional members are only ever assigned a value (see BackedModelExtensions).
        policy.With(draft.Id, (p, id) => p.Id = id)
            .With(draft.AccessPackage.Id, (p, id) => p.AccessPackage = new AccessPackage { Id = id });
        if (draft.AutomaticRequestSettings.IsEnabled)
        {
            policy.AutomaticRequestSettings = ToGraph(draft.AutomaticRequestSettings);
        }

        if (draft.ReviewSettings.IsEnabled || draft.ReviewSettings.SendWhenDisabled)
        {
            policy.ReviewSettings = ToGraph(draft.ReviewSettings);
        }

        return policy;
    }

    /// <summary>Graph subject sets for draft subjects, each an SDK subclass that writes its <c>@odata.type</c>.</summary>
    public static List<SubjectSet> Subjects(IEnumerable<Subject> subjects) =>
        [.. subjects.Select(subject => SubjectTypes.For(subject.Kind).ToGraph(subject))];

    private static AccessPackageAutomaticRequestSettings ToGraph(AutomaticRequestSettingsDraft settings)
    {
        var graph = new AccessPackageAutomaticRequestSettings
        {
            RequestAccessForAllowedTargets = settings.RequestAccessForAllowedTargets,
            RemoveAccessWhenTargetLeavesAllowedTargets = settings.RemoveAccessWhenTargetLeavesAllowedTargets,
        };
        if (settings.GracePeriodBeforeAccessRemoval is { } grace)
        {
            graph.GracePeriodBeforeAccessRemoval = grace.ToTimeSpan();
        }

        return graph;
    }

    private static ExpirationPattern ToGraph(ExpirationDraft expiration)
    {
        var pattern = new ExpirationPattern();
        switch (expiration.Kind)
        {
            case ExpirationKind.NoExpiration:
                pattern.Type = ExpirationPatternType.NoExpiration;
                break;
            case ExpirationKind.NotSpecified:
                pattern.Type = ExpirationPatternType.NotSpecified;
                break;
            case ExpirationKind.OnDate:
                pattern.Type = ExpirationPatternType.AfterDateTime;
                UtcDateTimes.Write(pattern, "endDateTime", expiration.EndDateTime);
                break;
            default:
                pattern.Type = ExpirationPatternType.AfterDuration;
                pattern.Duration = expiration.Duration.ToTimeSpan();
                break;
        }

        return pattern;
    }

    private static AccessPackageAssignmentRequestorSettings ToGraph(RequestorSettingsDraft settings) => new()
    {
        EnableTargetsToSelfAddAccess = settings.EnableTargetsToSelfAddAccess,
        EnableTargetsToSelfUpdateAccess = settings.EnableTargetsToSelfUpdateAccess,
        EnableTargetsToSelfRemoveAccess = settings.EnableTargetsToSelfRemoveAccess,
        AllowCustomAssignmentSchedule = settings.AllowCustomAssignmentSchedule,
        EnableOnBehalfRequestorsToAddAccess = settings.EnableOnBehalfRequestorsToAddAccess,
        EnableOnBehalfRequestorsToUpdateAccess = settings.EnableOnBehalfRequestorsToUpdateAccess,
        EnableOnBehalfRequestorsToRemoveAccess = settings.EnableOnBehalfRequestorsToRemoveAccess,
        OnBehalfRequestors = Subjects(settings.OnBehalfRequestors),
    };

    private static AccessPackageAssignmentApprovalSettings ToGraph(ApprovalSettingsDraft approval) => new()
    {
        IsApprovalRequiredForAdd = approval.IsApprovalRequiredForAdd,
        IsApprovalRequiredForUpdate = approval.IsApprovalRequiredForUpdate,
        IsRequestorJustificationRequired = approval.IsRequestorJustificationRequired,
        Stages = [.. approval.Stages.Select(ToGraph)],
    };

    private static AccessPackageApprovalStage ToGraph(ApprovalStageDraft stage)
    {
        var graph = stage.IsDynamic ? new AccessPackageDynamicApprovalStage() : new AccessPackageApprovalStage();
        graph.DurationBeforeAutomaticDenial = stage.DurationBeforeAutomaticDenial.ToTimeSpan();
        graph.IsApproverJustificationRequired = stage.IsApproverJustificationRequired;
        graph.IsEscalationEnabled = stage.IsEscalationEnabled;

        // The docs send PT0S when escalation is off.
        graph.DurationBeforeEscalation = stage.IsEscalationEnabled ? stage.DurationBeforeEscalation.ToTimeSpan() : TimeSpan.Zero;
        graph.PrimaryApprovers = Subjects(stage.PrimaryApprovers);
        graph.FallbackPrimaryApprovers = Subjects(stage.FallbackPrimaryApprovers);
        graph.EscalationApprovers = Subjects(stage.EscalationApprovers);
        graph.FallbackEscalationApprovers = Subjects(stage.FallbackEscalationApprovers);

        // "default" defers to the tenant setting; the docs' examples leave it out.
        if (stage.ApproverInformationVisibility != Core.Policies.ApproverInformationVisibility.Default)
        {
            graph.ApproverInformationVisibility = EnumMap.Convert<Microsoft.Graph.Models.ApproverInformationVisibility>(stage.ApproverInformationVisibility);
        }

        return graph;
    }

    private static AccessPackageAssignmentReviewSettings ToGraph(ReviewSettingsDraft review)
    {
        var schedule = new EntitlementManagementSchedule
        {
            Expiration = new ExpirationPattern { Duration = review.Duration.ToTimeSpan(), Type = ExpirationPatternType.AfterDuration },
            Recurrence = new PatternedRecurrence
            {
                // The shape of the docs' example: only type, interval and dayOfMonth carry meaning for access reviews.
                Pattern = new RecurrencePattern
                {
                    Type = EnumMap.Convert<RecurrencePatternType>(review.RecurrenceType),
                    Interval = review.RecurrenceInterval,
                    Month = 0,
                    DayOfMonth = review.DayOfMonth,
                    DaysOfWeek = [],
                },
                Range = Range(review),
            },
        };
        UtcDateTimes.Write(schedule, "startDateTime", review.StartDateTime);

        return new AccessPackageAssignmentReviewSettings
        {
            IsEnabled = review.IsEnabled,
            ExpirationBehavior = EnumMap.Convert<AccessReviewExpirationBehavior>(review.ExpirationBehavior),
            IsRecommendationEnabled = review.IsRecommendationEnabled,
            IsReviewerJustificationRequired = review.IsReviewerJustificationRequired,
            IsSelfReview = review.ReviewerType == ReviewerType.Self,
            Schedule = schedule,
            PrimaryReviewers = review.ReviewerType switch
            {
                ReviewerType.Specific => Subjects(review.PrimaryReviewers),
                ReviewerType.Manager => Subjects(review.PrimaryReviewers.Where(s => s.Kind == SubjectKind.RequestorManager).DefaultIfEmpty(Subject.RequestorManager(1))),
                _ => [],
            },
            FallbackReviewers = Subjects(review.FallbackReviewers),
        };
    }

    /// <summary>
    /// The schedule's range. A bounded range carries a start date (Graph recurrenceRange: startDate is required): the one
    /// the policy had, else the first review's day.
    /// </summary>
    private static RecurrenceRange Range(ReviewSettingsDraft review)
    {
        var range = new RecurrenceRange
        {
            Type = review.RangeType switch
            {
                ReviewRangeType.EndDate => RecurrenceRangeType.EndDate,
                ReviewRangeType.Numbered => RecurrenceRangeType.Numbered,
                _ => RecurrenceRangeType.NoEnd,
            },
            NumberOfOccurrences = review.RangeType == ReviewRangeType.Numbered ? review.NumberOfOccurrences : 0,
        };
        var startDate = review.RangeStartDate
            ?? (review.RangeType != ReviewRangeType.NoEnd && review.StartDateTime is { } first ? DateOnly.FromDateTime(first.UtcDateTime) : null);
        range.With(startDate, (r, date) => r.StartDate = new Date(date.Year, date.Month, date.Day))
            .With(review.RangeType == ReviewRangeType.EndDate ? review.RangeEndDate : null, (r, date) => r.EndDate = new Date(date.Year, date.Month, date.Day))
            .With(review.RecurrenceTimeZone, (r, zone) => r.RecurrenceTimeZone = zone);
        return range;
    }

    private static AccessPackageQuestion ToGraph(QuestionDraft question)
    {
        AccessPackageQuestion graph = question.Kind == QuestionKind.MultipleChoice
            ? new AccessPackageMultipleChoiceQuestion
            {
                IsMultipleSelectionAllowed = question.IsMultipleSelectionAllowed,
                Choices = [.. question.Choices.Select(choice => new AccessPackageAnswerChoice
                {
                    ActualValue = choice.ActualValue,
                    Text = choice.Text,
                    Localizations = Localizations(choice.Localizations),
                })],
            }
            : TextQuestion(question);
        graph.With(question.Id, (q, id) => q.Id = id);
        graph.Sequence = question.Sequence;
        graph.IsRequired = question.IsRequired;
        graph.IsAnswerEditable = question.IsAnswerEditable;
        graph.Text = question.Text;
        graph.Localizations = Localizations(question.Localizations);
        return graph;
    }

    private static AccessPackageTextInputQuestion TextQuestion(QuestionDraft question)
    {
        return new AccessPackageTextInputQuestion { IsSingleLineQuestion = question.IsSingleLineQuestion }
            .With(question.RegexPattern, (q, pattern) => q.RegexPattern = pattern);
    }

    private static List<AccessPackageLocalizedText> Localizations(IEnumerable<LocalizedTextDraft> localizations) =>
        [.. localizations.Select(l => new AccessPackageLocalizedText { LanguageCode = l.LanguageCode, Text = l.Text })];

    private static CustomExtensionStageSetting ToGraph(CustomExtensionStageSettingDraft setting)
    {
        var graph = new CustomExtensionStageSetting
        {
            Stage = EnumMap.Convert<AccessPackageCustomExtensionStage>(setting.Stage),
            CustomExtension = setting.EffectiveKind == CustomExtensionKind.AssignmentWorkflow
                ? new AccessPackageAssignmentWorkflowExtension { Id = setting.CustomExtensionId }
                : new AccessPackageAssignmentRequestWorkflowExtension { Id = setting.CustomExtensionId },
        };
        return graph.With(setting.Id, (g, id) => g.Id = id);
    }
}
