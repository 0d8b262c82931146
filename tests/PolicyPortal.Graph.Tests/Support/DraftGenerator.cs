using CsCheck;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Graph.Tests.Support;

/// <summary>
/// CsCheck generators of drafts that a wizard could produce: every scope, 0–3 stages, every subject kind allowed in
/// each slot, every expiration and review variant, both question kinds.
/// </summary>
internal static class DraftGenerator
{
    private static readonly string[] Rules = ["(user.department -eq \"Sales\")", "(user.jobTitle -contains \"Engineer\")", "(user.country -eq \"FR\")"];

    public static Gen<Subject> SubjectOf(SubjectKind kind) => kind switch
    {
        SubjectKind.User or SubjectKind.Group or SubjectKind.ServicePrincipal or SubjectKind.ConnectedOrganization =>
            Gen.Guid.Select(id => new Subject(kind) { ObjectId = id.ToString(), DisplayName = "Name " + id.ToString()[..4] }),
        SubjectKind.RequestorManager => Gen.Int[1, 2].Select(Subject.RequestorManager),
        SubjectKind.TargetManager => Gen.Int[1, 4].Select(Subject.TargetManager),
        SubjectKind.AttributeRule => Gen.OneOf(Rules).Select(rule => Subject.AttributeRule(rule, "Rule " + rule.Length)),
        _ => Gen.Const(() => new Subject(kind)),
    };

    public static Gen<List<Subject>> Slot(IReadOnlySet<SubjectKind> kinds, int min, int max) =>
        kinds.Count == 0 ? Gen.Const(() => new List<Subject>()) : Gen.OneOf([.. kinds.Order().Select(SubjectOf)]).List[min, max];

    private static Gen<List<Subject>> Slot(SubjectSlot slot, int min = 0, int max = 3) => Slot(SubjectSlots.AllowedKinds(slot), min, max);

    private static readonly Gen<PolicyDuration> Days = Gen.Int[1, 30].Select(PolicyDuration.Days);

    private static readonly Gen<ApprovalStageDraft> Stage =
        Gen.Select(Days, Gen.Bool, Gen.Int[1, 3], Slot(SubjectSlot.PrimaryApprovers, 1), Slot(SubjectSlot.FallbackPrimaryApprovers),
            Slot(SubjectSlot.EscalationApprovers), Slot(SubjectSlot.FallbackEscalationApprovers), Gen.Enum<ApproverInformationVisibility>())
        .SelectMany(t => Gen.Bool.Select(dynamic => new ApprovalStageDraft
        {
            DurationBeforeAutomaticDenial = t.Item1,
            IsEscalationEnabled = t.Item2,
            DurationBeforeEscalation = t.Item2 ? PolicyDuration.Days(t.Item3) : PolicyDuration.Zero,
            PrimaryApprovers = t.Item4,
            FallbackPrimaryApprovers = t.Item5,
            EscalationApprovers = t.Item2 ? t.Item6 : [],
            FallbackEscalationApprovers = t.Item2 ? t.Item7 : [],
            ApproverInformationVisibility = t.Item8,
            IsDynamic = dynamic,
            IsApproverJustificationRequired = !dynamic,
        }));

    private static readonly Gen<List<LocalizedTextDraft>> Localizations =
        Gen.Select(Gen.OneOf("fr", "de-DE", "fr-CA", "ja"), Gen.String[1, 20], (code, text) => new LocalizedTextDraft { LanguageCode = code, Text = text }).List[0, 2];

    private static readonly Gen<QuestionDraft> Question =
        Gen.Select(Gen.Enum<QuestionKind>(), Gen.String[1, 40], Localizations, Gen.Bool, Gen.Bool, Gen.Int[0, 9],
            Gen.Select(Gen.String[1, 8], Gen.String[1, 20], Localizations, (value, text, l) => new AnswerChoiceDraft { ActualValue = value, Text = text, Localizations = l }).List[1, 3])
        .SelectMany(t => Gen.Select(Gen.Bool, Gen.OneOf<string?>(null, "^[a-z]+$", "[a-zA-Z]+[a-zA-Z\\s]*"), (flag, regex) => new QuestionDraft
        {
            Kind = t.Item1,
            Text = t.Item2,
            Localizations = t.Item3,
            IsRequired = t.Item4,
            IsAnswerEditable = t.Item5,
            Sequence = t.Item6,
            Choices = t.Item1 == QuestionKind.MultipleChoice ? t.Item7 : [],
            IsMultipleSelectionAllowed = t.Item1 == QuestionKind.MultipleChoice && flag,
            IsSingleLineQuestion = t.Item1 == QuestionKind.Text && flag,
            RegexPattern = t.Item1 == QuestionKind.Text ? regex : null,
        }));

    private static readonly Gen<ExpirationDraft> Expiration =
        Gen.Select(Gen.Enum<ExpirationKind>(), Gen.Int[0, 3660], Gen.Bool, Gen.Int[-12, 14], (kind, amount, hours, offset) => new ExpirationDraft
        {
            Kind = kind,
            Duration = hours ? PolicyDuration.Hours(amount) : PolicyDuration.Days(amount),
            EndDateTime = new DateTimeOffset(2027, 3, 1, 10, 30, 0, TimeSpan.FromHours(offset)).AddDays(amount),
        });

    private static readonly Gen<ReviewSettingsDraft> Review =
        Gen.Select(Gen.Bool, Gen.Enum<ReviewFrequency>(), Gen.Int[1, 7], Gen.Enum<ReviewerType>(), Slot(SubjectSlot.PrimaryReviewers, 1),
            Slot(SubjectSlot.FallbackReviewers), Gen.Enum<ReviewExpirationBehavior>(), Gen.Bool)
        .SelectMany(t => Gen.Select(Gen.Bool, Gen.Bool, (recommend, justify) => new ReviewSettingsDraft
        {
            IsEnabled = t.Item1,
            Frequency = t.Item2,
            Duration = PolicyDuration.Days(t.Item3),
            ReviewerType = t.Item4,
            PrimaryReviewers = t.Item4 == ReviewerType.Specific ? [.. t.Item5.Where(s => s.Kind != SubjectKind.RequestorManager)] : [],
            FallbackReviewers = t.Item6,
            ExpirationBehavior = t.Item7,
            StartDateTime = t.Item8 ? new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.FromHours(2)) : null,
            IsRecommendationEnabled = recommend,
            IsReviewerJustificationRequired = justify,
        }));

    private static readonly Gen<RequestorSettingsDraft> Requestors =
        Gen.Select(Gen.Bool.Array[7], Slot(SubjectSlot.OnBehalfRequestors), (flags, onBehalf) => new RequestorSettingsDraft
        {
            EnableTargetsToSelfAddAccess = flags[0],
            EnableTargetsToSelfUpdateAccess = flags[1],
            EnableTargetsToSelfRemoveAccess = flags[2],
            AllowCustomAssignmentSchedule = flags[3],
            EnableOnBehalfRequestorsToAddAccess = flags[4],
            EnableOnBehalfRequestorsToUpdateAccess = flags[5],
            EnableOnBehalfRequestorsToRemoveAccess = flags[6],
            OnBehalfRequestors = onBehalf,
        });

    private static readonly Gen<List<CustomExtensionStageSettingDraft>> Extensions =
        Gen.Enum<CustomExtensionStage>().HashSet[0, 5].SelectMany(stages => Gen.Guid.Array[stages.Count].Select(ids =>
            stages.Select((stage, i) => new CustomExtensionStageSettingDraft { Stage = stage, CustomExtensionId = ids[i].ToString() }).ToList()));

    private static readonly Gen<(AllowedTargetScope Scope, List<Subject> Targets, AutomaticRequestSettingsDraft Auto)> Scope =
        Gen.Enum<AllowedTargetScope>().Where(scope => scope != AllowedTargetScope.UnknownFutureValue)
        .SelectMany(scope => Gen.Select(Slot(AllowedTargetScopes.TargetKinds(scope), 1, 3), Gen.Bool, Gen.Int[0, 30].Select(d => (PolicyDuration?)PolicyDuration.Days(d)),
            (targets, auto, grace) => scope == AllowedTargetScope.SpecificDirectoryUsers && auto
                ? (scope, [Subject.AttributeRule(Rules[0], "Sales")], new AutomaticRequestSettingsDraft { IsEnabled = true, RemoveAccessWhenTargetLeavesAllowedTargets = true, GracePeriodBeforeAccessRemoval = grace })
                : (scope, targets, new AutomaticRequestSettingsDraft { IsEnabled = false })));

    /// <summary>Any draft the wizard could hold (not necessarily valid under the service rules).</summary>
    public static Gen<PolicyDraft> Draft { get; } =
        Gen.Select(Scope, Requestors, Gen.Bool, Stage.List[0, 3], Question.List[0, 3], Expiration, Review, Extensions)
        .SelectMany(t => Gen.Select(Gen.String[0, 30], Gen.Bool, Gen.Bool, (name, notify, edit) => new PolicyDraft
        {
            Id = edit ? "87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187" : null,
            DisplayName = name,
            Description = "Generated " + name,
            AccessPackage = new AccessPackageReference { Id = "a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b", DisplayName = "Package" },
            AllowedTargetScope = t.Item1.Scope,
            SpecificAllowedTargets = t.Item1.Targets,
            AutomaticRequestSettings = t.Item1.Auto,
            RequestorSettings = t.Item2,
            RequestApproval = new ApprovalSettingsDraft
            {
                IsApprovalRequiredForAdd = t.Item4.Count > 0,
                IsApprovalRequiredForUpdate = t.Item3 && t.Item4.Count > 0,
                IsRequestorJustificationRequired = t.Item3,
                Stages = t.Item4,
            },
            Questions = t.Item5,
            Expiration = t.Item6,
            ReviewSettings = t.Item7,
            CustomExtensionStageSettings = t.Item8,
            NotificationSettings = new NotificationSettingsDraft { IsAssignmentNotificationDisabled = notify },
        }));
}
