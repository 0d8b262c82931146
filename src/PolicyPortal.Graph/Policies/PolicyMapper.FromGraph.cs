using Microsoft.Graph.Models;
using PolicyPortal.Core.Policies;
using CoreScope = PolicyPortal.Core.Policies.AllowedTargetScope;
using CoreVisibility = PolicyPortal.Core.Policies.ApproverInformationVisibility;

namespace PolicyPortal.Graph.Policies;

public static partial class PolicyMapper
{
    /// <summary>
    /// The draft for a policy read from Graph (or parsed from JSON). Absent booleans read as <c>false</c> and absent
    /// collections as empty, as Graph treats them; subject descriptions become display names. Subject sets a policy
    /// can't hold (lifecycle-workflow types) and enum values Core doesn't mirror (<c>unknownFutureValue</c>) are left
    /// out: the JSON importer reports them before they get here.
    /// </summary>
    public static PolicyDraft FromGraph(AccessPackageAssignmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new PolicyDraft
        {
            Id = policy.Id,
            DisplayName = policy.DisplayName ?? "",
            Description = policy.Description ?? "",
            AccessPackage = new AccessPackageReference { Id = policy.AccessPackage?.Id, DisplayName = policy.AccessPackage?.DisplayName },
            AllowedTargetScope = policy.AllowedTargetScope is { } scope ? EnumMap.Convert<CoreScope>(scope) : CoreScope.NotSpecified,
            SpecificAllowedTargets = Subjects(policy.SpecificAllowedTargets),
            AutomaticRequestSettings = FromGraph(policy.AutomaticRequestSettings),
            RequestorSettings = FromGraph(policy.RequestorSettings ?? new AccessPackageAssignmentRequestorSettings()),
            RequestApproval = FromGraph(policy.RequestApprovalSettings ?? new AccessPackageAssignmentApprovalSettings()),
            Questions = [.. (policy.Questions ?? []).Select(FromGraph)],
            Expiration = FromGraph(policy.Expiration),
            ReviewSettings = FromGraph(policy.ReviewSettings),
            CustomExtensionStageSettings = [.. (policy.CustomExtensionStageSettings ?? []).Select(FromGraph).OfType<CustomExtensionStageSettingDraft>()],
            NotificationSettings = new NotificationSettingsDraft { IsAssignmentNotificationDisabled = policy.NotificationSettings?.IsAssignmentNotificationDisabled ?? false },
        };
    }

    /// <summary>Draft subjects for Graph subject sets; unknown subject set types are skipped.</summary>
    public static List<Subject> Subjects(IEnumerable<SubjectSet>? subjects) =>
        [.. (subjects ?? []).Select(set => SubjectTypes.For(set)?.FromGraph(set)).OfType<Subject>()];

    private static AutomaticRequestSettingsDraft FromGraph(AccessPackageAutomaticRequestSettings? settings) => settings is null
        ? new AutomaticRequestSettingsDraft { IsEnabled = false }
        : new AutomaticRequestSettingsDraft
        {
            IsEnabled = true,
            RequestAccessForAllowedTargets = settings.RequestAccessForAllowedTargets ?? false,
            RemoveAccessWhenTargetLeavesAllowedTargets = settings.RemoveAccessWhenTargetLeavesAllowedTargets ?? false,
            GracePeriodBeforeAccessRemoval = settings.GracePeriodBeforeAccessRemoval is { } grace && PolicyDuration.TryFromTimeSpan(grace, out var duration) ? duration : null,
        };

    private static RequestorSettingsDraft FromGraph(AccessPackageAssignmentRequestorSettings settings) => new()
    {
        EnableTargetsToSelfAddAccess = settings.EnableTargetsToSelfAddAccess ?? false,
        EnableTargetsToSelfUpdateAccess = settings.EnableTargetsToSelfUpdateAccess ?? false,
        EnableTargetsToSelfRemoveAccess = settings.EnableTargetsToSelfRemoveAccess ?? false,
        AllowCustomAssignmentSchedule = settings.AllowCustomAssignmentSchedule ?? false,
        EnableOnBehalfRequestorsToAddAccess = settings.EnableOnBehalfRequestorsToAddAccess ?? false,
        EnableOnBehalfRequestorsToUpdateAccess = settings.EnableOnBehalfRequestorsToUpdateAccess ?? false,
        EnableOnBehalfRequestorsToRemoveAccess = settings.EnableOnBehalfRequestorsToRemoveAccess ?? false,
        OnBehalfRequestors = Subjects(settings.OnBehalfRequestors),
    };

    private static ApprovalSettingsDraft FromGraph(AccessPackageAssignmentApprovalSettings approval) => new()
    {
        IsApprovalRequiredForAdd = approval.IsApprovalRequiredForAdd ?? false,
        IsApprovalRequiredForUpdate = approval.IsApprovalRequiredForUpdate ?? false,
        IsRequestorJustificationRequired = approval.IsRequestorJustificationRequired ?? false,
        Stages = [.. (approval.Stages ?? []).Select(FromGraph)],
    };

    private static ApprovalStageDraft FromGraph(AccessPackageApprovalStage stage) => new()
    {
        IsDynamic = stage is AccessPackageDynamicApprovalStage,
        DurationBeforeAutomaticDenial = Duration(stage.DurationBeforeAutomaticDenial),
        IsApproverJustificationRequired = stage.IsApproverJustificationRequired ?? false,
        IsEscalationEnabled = stage.IsEscalationEnabled ?? false,
        DurationBeforeEscalation = Duration(stage.DurationBeforeEscalation),
        PrimaryApprovers = Subjects(stage.PrimaryApprovers),
        FallbackPrimaryApprovers = Subjects(stage.FallbackPrimaryApprovers),
        EscalationApprovers = Subjects(stage.EscalationApprovers),
        FallbackEscalationApprovers = Subjects(stage.FallbackEscalationApprovers),
        ApproverInformationVisibility = stage.ApproverInformationVisibility is { } visibility && EnumMap.TryConvert<CoreVisibility>(visibility, out var core)
            ? core
            : CoreVisibility.Default,
    };

    private static ExpirationDraft FromGraph(ExpirationPattern? pattern)
    {
        if (pattern is null)
        {
            return new ExpirationDraft { Kind = ExpirationKind.NotSpecified };
        }

        var endDateTime = UtcDateTimes.Read(pattern, "endDateTime", pattern.EndDateTime);
        var kind = pattern.Type switch
        {
            ExpirationPatternType.NoExpiration => ExpirationKind.NoExpiration,
            ExpirationPatternType.AfterDateTime => ExpirationKind.OnDate,
            ExpirationPatternType.AfterDuration => ExpirationKind.AfterDuration,

            // No type: the value that is present says what was meant.
            null when pattern.Duration is not null => ExpirationKind.AfterDuration,
            null when endDateTime is not null => ExpirationKind.OnDate,
            _ => ExpirationKind.NotSpecified,
        };
        return new ExpirationDraft
        {
            Kind = kind,
            EndDateTime = endDateTime,
            Duration = pattern.Duration is { } duration ? Duration(duration) : new ExpirationDraft().Duration,
        };
    }

    private static ReviewSettingsDraft FromGraph(AccessPackageAssignmentReviewSettings? review)
    {
        if (review is null)
        {
            return new ReviewSettingsDraft { IsEnabled = false };
        }

        var primary = Subjects(review.PrimaryReviewers);
        var reviewerType = review.IsSelfReview == true ? ReviewerType.Self
            : primary.Count == 1 && primary[0].Kind == SubjectKind.RequestorManager ? ReviewerType.Manager
            : ReviewerType.Specific;
        var pattern = review.Schedule?.Recurrence?.Pattern;
        var range = review.Schedule?.Recurrence?.Range;
        var draft = new ReviewSettingsDraft
        {
            IsEnabled = review.IsEnabled ?? false,
            SendWhenDisabled = true,
            StartDateTime = review.Schedule is { } schedule ? UtcDateTimes.Read(schedule, "startDateTime", schedule.StartDateTime) : null,
            Duration = review.Schedule?.Expiration?.Duration is { } open ? Duration(open) : new ReviewSettingsDraft().Duration,
            DayOfMonth = pattern?.DayOfMonth ?? 0,
            RangeType = range?.Type switch
            {
                RecurrenceRangeType.EndDate => ReviewRangeType.EndDate,
                RecurrenceRangeType.Numbered => ReviewRangeType.Numbered,
                _ => ReviewRangeType.NoEnd,
            },
            RangeStartDate = ToDateOnly(range?.StartDate),
            RangeEndDate = ToDateOnly(range?.EndDate),
            NumberOfOccurrences = range?.NumberOfOccurrences ?? 0,
            RecurrenceTimeZone = range?.RecurrenceTimeZone,
            ReviewerType = reviewerType,
            PrimaryReviewers = reviewerType == ReviewerType.Self ? [] : primary,
            FallbackReviewers = Subjects(review.FallbackReviewers),
            ExpirationBehavior = review.ExpirationBehavior is { } behavior && EnumMap.TryConvert<ReviewExpirationBehavior>(behavior, out var core)
                ? core
                : ReviewExpirationBehavior.KeepAccess,
            IsRecommendationEnabled = review.IsRecommendationEnabled ?? true,
            IsReviewerJustificationRequired = review.IsReviewerJustificationRequired ?? true,
        };
        if (pattern?.Type is { } type)
        {
            draft.RecurrenceType = EnumMap.Convert<ReviewRecurrenceType>(type);
            draft.RecurrenceInterval = pattern.Interval ?? 1;
        }

        return draft;
    }

    private static DateOnly? ToDateOnly(Microsoft.Kiota.Abstractions.Date? date) =>
        date is { } value ? new DateOnly(value.Year, value.Month, value.Day) : null;

    private static QuestionDraft FromGraph(AccessPackageQuestion question)
    {
        var draft = new QuestionDraft
        {
            Id = question.Id,
            Text = question.Text ?? "",
            Localizations = Localizations(question.Localizations),
            IsRequired = question.IsRequired ?? false,
            IsAnswerEditable = question.IsAnswerEditable ?? false,
            Sequence = question.Sequence ?? 0,
        };
        switch (question)
        {
            case AccessPackageMultipleChoiceQuestion choice:
                draft.Kind = QuestionKind.MultipleChoice;
                draft.IsMultipleSelectionAllowed = choice.IsMultipleSelectionAllowed ?? false;
                draft.Choices = [.. (choice.Choices ?? []).Select(c => new AnswerChoiceDraft
                {
                    ActualValue = c.ActualValue ?? "",
                    Text = c.Text ?? "",
                    Localizations = Localizations(c.Localizations),
                })];
                break;
            case AccessPackageTextInputQuestion text:
                draft.Kind = QuestionKind.Text;
                draft.IsSingleLineQuestion = text.IsSingleLineQuestion ?? false;
                draft.RegexPattern = text.RegexPattern;
                break;
        }

        return draft;
    }

    private static List<LocalizedTextDraft> Localizations(IEnumerable<AccessPackageLocalizedText>? localizations) =>
        [.. (localizations ?? []).Select(l => new LocalizedTextDraft { LanguageCode = l.LanguageCode ?? "", Text = l.Text ?? "" })];

    private static CustomExtensionStageSettingDraft? FromGraph(CustomExtensionStageSetting setting) =>
        setting.Stage is { } stage && EnumMap.TryConvert<CustomExtensionStage>(stage, out var core)
            ? new CustomExtensionStageSettingDraft
            {
                Id = setting.Id,
                Stage = core,
                CustomExtensionId = setting.CustomExtension?.Id ?? "",
                CustomExtensionDisplayName = setting.CustomExtension?.DisplayName,
                Kind = setting.CustomExtension switch
                {
                    AccessPackageAssignmentWorkflowExtension => CustomExtensionKind.AssignmentWorkflow,
                    AccessPackageAssignmentRequestWorkflowExtension => CustomExtensionKind.RequestWorkflow,
                    _ => null,
                },
            }
            : null;

    /// <summary>Graph durations that aren't whole minutes are rounded up to the minute (the importer warns first).</summary>
    private static PolicyDuration Duration(TimeSpan? span) =>
        span is { } value && PolicyDuration.TryFromTimeSpan(TimeSpan.FromMinutes(Math.Ceiling(Math.Max(0, value.TotalMinutes))), out var duration)
            ? duration
            : PolicyDuration.Zero;
}
