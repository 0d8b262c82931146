using Microsoft.Graph.Models;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Graph.Policies.Import;

/// <summary>The Graph v1.0 <c>accessPackageAssignmentPolicy</c> as the importer checks it (names and value kinds).</summary>
internal static class PolicyShapes
{
    private static readonly ScalarShape Bool = new(ScalarKind.Boolean);
    private static readonly ScalarShape Int = new(ScalarKind.Integer);
    private static readonly ScalarShape Text = new(ScalarKind.Text);
    private static readonly ScalarShape Duration = new(ScalarKind.Duration);
    private static readonly ScalarShape DateTime = new(ScalarKind.DateTime);

    public static ObjectShape Policy { get; } = BuildPolicy();

    private static ObjectShape BuildPolicy()
    {
        var subjects = new ArrayShape(SubjectSet());
        var expiration = Object("expirationPattern", ("duration", Duration), ("endDateTime", DateTime), ("type", Enum<ExpirationPatternType>()));
        var localizations = new ArrayShape(Object("accessPackageLocalizedText", ("languageCode", Text), ("text", Text)));

        var stage = Object("accessPackageApprovalStage",
            ("durationBeforeAutomaticDenial", Duration), ("isApproverJustificationRequired", Bool), ("isEscalationEnabled", Bool),
            ("durationBeforeEscalation", Duration), ("primaryApprovers", subjects), ("fallbackPrimaryApprovers", subjects),
            ("escalationApprovers", subjects), ("fallbackEscalationApprovers", subjects),
            ("approverInformationVisibility", Enum<Microsoft.Graph.Models.ApproverInformationVisibility>()));
        var stageTypes = new PolymorphicShape("accessPackageApprovalStage", new Dictionary<string, ObjectShape>
        {
            ["#microsoft.graph.accessPackageApprovalStage"] = stage,
            ["#microsoft.graph.accessPackageDynamicApprovalStage"] = stage with { TypeName = "accessPackageDynamicApprovalStage" },
        }, stage);

        var questionMembers = new (string, JsonShape)[]
        {
            ("id", Text), ("sequence", Int), ("isRequired", Bool), ("isAnswerEditable", Bool), ("text", Text), ("localizations", localizations),
        };
        var choice = Object("accessPackageAnswerChoice", ("actualValue", Text), ("text", Text), ("localizations", localizations));
        var questions = new PolymorphicShape("accessPackageQuestion", new Dictionary<string, ObjectShape>
        {
            ["#microsoft.graph.accessPackageTextInputQuestion"] = Object("accessPackageTextInputQuestion",
                [.. questionMembers, ("isSingleLineQuestion", Bool), ("regexPattern", Text)]),
            ["#microsoft.graph.accessPackageMultipleChoiceQuestion"] = Object("accessPackageMultipleChoiceQuestion",
                [.. questionMembers, ("isMultipleSelectionAllowed", Bool), ("choices", new ArrayShape(choice))]),
        }, Default: null);

        var extension = Object("customCalloutExtension", ("id", Text), ("displayName", Text), ("description", Text)) with { AcceptAnything = true };
        var stageSetting = Object("customExtensionStageSetting",
            ("id", Text), ("stage", Enum<AccessPackageCustomExtensionStage>()),
            ("customExtension", new PolymorphicShape("customCalloutExtension", new Dictionary<string, ObjectShape>
            {
                ["#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension"] = extension,
                ["#microsoft.graph.accessPackageAssignmentWorkflowExtension"] = extension,
            }, Default: null)));

        var recurrence = Object("patternedRecurrence",
            ("pattern", Object("recurrencePattern", ("type", Enum<RecurrencePatternType>()), ("interval", Int), ("month", Int),
                ("dayOfMonth", Int), ("daysOfWeek", new ArrayShape(Enum<DayOfWeekObject>())), ("firstDayOfWeek", Enum<DayOfWeekObject>()),
                ("index", Enum<WeekIndex>()))),
            ("range", Object("recurrenceRange", ("type", Enum<RecurrenceRangeType>()), ("startDate", Text), ("endDate", Text),
                ("numberOfOccurrences", Int), ("recurrenceTimeZone", Text))));

        return Object("accessPackageAssignmentPolicy",
            ("id", Text),
            ("displayName", Text),
            ("description", Text),
            ("allowedTargetScope", Enum<Microsoft.Graph.Models.AllowedTargetScope>()),
            ("specificAllowedTargets", subjects),
            ("automaticRequestSettings", Object("accessPackageAutomaticRequestSettings",
                ("requestAccessForAllowedTargets", Bool), ("removeAccessWhenTargetLeavesAllowedTargets", Bool), ("gracePeriodBeforeAccessRemoval", Duration))),
            ("expiration", expiration),
            ("requestorSettings", Object("accessPackageAssignmentRequestorSettings",
                ("enableTargetsToSelfAddAccess", Bool), ("enableTargetsToSelfUpdateAccess", Bool), ("enableTargetsToSelfRemoveAccess", Bool),
                ("allowCustomAssignmentSchedule", Bool), ("enableOnBehalfRequestorsToAddAccess", Bool),
                ("enableOnBehalfRequestorsToUpdateAccess", Bool), ("enableOnBehalfRequestorsToRemoveAccess", Bool),
                ("onBehalfRequestors", subjects))),
            ("requestApprovalSettings", Object("accessPackageAssignmentApprovalSettings",
                ("isApprovalRequiredForAdd", Bool), ("isApprovalRequiredForUpdate", Bool), ("isRequestorJustificationRequired", Bool),
                ("stages", new ArrayShape(stageTypes)))),
            ("reviewSettings", Object("accessPackageAssignmentReviewSettings",
                ("isEnabled", Bool), ("expirationBehavior", Enum<AccessReviewExpirationBehavior>()), ("isRecommendationEnabled", Bool),
                ("isReviewerJustificationRequired", Bool), ("isSelfReview", Bool),
                ("schedule", Object("entitlementManagementSchedule", ("startDateTime", DateTime), ("expiration", expiration), ("recurrence", recurrence))),
                ("primaryReviewers", subjects), ("fallbackReviewers", subjects))),
            ("notificationSettings", Object("accessPackageNotificationSettings", ("isAssignmentNotificationDisabled", Bool))),
            ("accessPackage", Object("accessPackage", ("id", Text), ("displayName", Text), ("description", Text)) with { AcceptAnything = true }),
            ("questions", new ArrayShape(questions)),
            ("customExtensionStageSettings", new ArrayShape(stageSetting))) with
        {
            Ignored = new HashSet<string>(StringComparer.Ordinal) { "createdDateTime", "modifiedDateTime", "catalog" },
        };
    }

    /// <summary>Every subject set a policy can hold, from the one subject table.</summary>
    private static PolymorphicShape SubjectSet() => new("subjectSet", SubjectTypes.All.ToDictionary(
        entry => entry.ODataType,
        entry => Object(entry.ODataType["#microsoft.graph.".Length..],
            [.. entry.TextMembers.Select(member => (member, (JsonShape)Text)),
             .. SubjectKinds.ManagerLevelRange(entry.Kind) is null ? [] : new[] { ("managerLevel", (JsonShape)Int) }])),
        Default: null);

    private static ObjectShape Object(string typeName, params (string Name, JsonShape Shape)[] members) =>
        new(typeName, members.ToDictionary(member => member.Name, member => member.Shape, StringComparer.Ordinal));

    /// <summary>The JSON spellings of an SDK enum (camelCase, as Kiota writes them), without <c>unknownFutureValue</c>.</summary>
    private static ScalarShape Enum<T>()
        where T : struct, Enum => new(ScalarKind.Enumeration, [.. System.Enum.GetNames<T>()
            .Where(name => name != "UnknownFutureValue")
            .Select(name => char.ToLowerInvariant(name[0]) + name[1..])]);
}
