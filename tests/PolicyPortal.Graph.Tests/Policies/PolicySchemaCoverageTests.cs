using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PolicyPortal.Core.Diff;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;
using PolicyPortal.Graph.Policies.Import;
using PolicyPortal.Graph.Tests.Support;

namespace PolicyPortal.Graph.Tests.Policies;

/// <summary>
/// The v1.0 schema is the one list of the policy's members: every member it declares must be read by the importer
/// (<see cref="PolicyShapes"/>) and, when an admin can change it, show in the field-by-field changes of an edit and in the
/// plain-English summary — or be listed here as deliberately left out, with the reason.
/// </summary>
public sealed partial class PolicySchemaCoverageTests
{
    private const string PolicyType = "accessPackageAssignmentPolicy";

    // Members no part of the portal reads, and why (matched as "type.member", or "type.*").
    private static readonly Dictionary<string, string> NotImported = new(StringComparer.Ordinal)
    {
        ["groupBasedSubjectSet.*"] = "a lifecycle-workflow subject set: Graph takes none on an assignment policy, the importer refuses it by @odata.type",
        ["ruleBasedSubjectSet.*"] = "a lifecycle-workflow subject set: Graph takes none on an assignment policy, the importer refuses it by @odata.type",
    };

    private static readonly string[] SchemaMembers = [.. SchemaWalk.Members(JsonNode.Parse(Fixture.SchemaText())!).Select(m => m.Key)];

    /// <summary>Every member's draft counterpart, how to change it, and where it deliberately does not show.</summary>
    private static readonly Dictionary<string, Coverage> Accounts = new(StringComparer.Ordinal)
    {
        ["accessPackageAssignmentPolicy.id"] = Coverage.Hidden("read-only: Graph assigns it; an edit keeps it to PUT the same policy"),
        ["accessPackageAssignmentPolicy.createdDateTime"] = Coverage.Hidden("read-only timestamp Graph writes"),
        ["accessPackageAssignmentPolicy.modifiedDateTime"] = Coverage.Hidden("read-only timestamp Graph writes"),
        ["accessPackageAssignmentPolicy.catalog"] = Coverage.Hidden("read-only navigation: the access package's catalog"),
        ["accessPackageAssignmentPolicy.displayName"] = Coverage.Shown(PolicyPaths.DisplayName, d => d.DisplayName = "Renamed policy"),
        ["accessPackageAssignmentPolicy.description"] = Coverage.Shown(PolicyPaths.Description, d => d.Description = "Another description.",
            summary: "the admin's own free text, not behaviour to explain: the changes list it"),
        ["accessPackageAssignmentPolicy.accessPackage"] = Coverage.Shown(PolicyPaths.AccessPackage,
            d => d.AccessPackage = new AccessPackageReference { Id = "p-2", DisplayName = "Other package" },
            summary: "the summary describes a policy of the package it is shown under; Graph refuses moving a policy, and the changes list it"),
        ["accessPackageAssignmentPolicy.allowedTargetScope"] = Coverage.Shown(PolicyPaths.AllowedTargetScope, d => d.AllowedTargetScope = AllowedTargetScope.AllDirectoryUsers),
        ["accessPackageAssignmentPolicy.specificAllowedTargets"] = Coverage.Shown(PolicyPaths.SpecificAllowedTargets, d => d.SpecificAllowedTargets.Add(Subject.Group("g-9", "Contractors"))),

        ["accessPackageAutomaticRequestSettings.requestAccessForAllowedTargets"] = Coverage.Shown(
            PolicyPaths.AutomaticRequestSettings + ".RequestAccessForAllowedTargets", d => d.AutomaticRequestSettings.RequestAccessForAllowedTargets = false, auto: true),
        ["accessPackageAutomaticRequestSettings.removeAccessWhenTargetLeavesAllowedTargets"] = Coverage.Shown(
            PolicyPaths.AutomaticRequestRemoveAccess, d => d.AutomaticRequestSettings.RemoveAccessWhenTargetLeavesAllowedTargets = false, auto: true),
        ["accessPackageAutomaticRequestSettings.gracePeriodBeforeAccessRemoval"] = Coverage.Shown(
            PolicyPaths.AutomaticRequestGracePeriod, d => d.AutomaticRequestSettings.GracePeriodBeforeAccessRemoval = PolicyDuration.Days(3), auto: true),

        ["expirationPattern.duration"] = Coverage.Shown(PolicyPaths.Expiration, d => d.Expiration.Duration = PolicyDuration.Days(90)),
        ["expirationPattern.endDateTime"] = Coverage.Shown(PolicyPaths.Expiration, d =>
        {
            d.Expiration.Kind = ExpirationKind.OnDate;
            d.Expiration.EndDateTime = new DateTimeOffset(2031, 1, 31, 0, 0, 0, TimeSpan.Zero);
        }),
        ["expirationPattern.type"] = Coverage.Shown(PolicyPaths.Expiration, d => d.Expiration.Kind = ExpirationKind.NoExpiration),

        ["accessPackageNotificationSettings.isAssignmentNotificationDisabled"] = Coverage.Shown(PolicyPaths.NotificationSettings,
            d => d.NotificationSettings.IsAssignmentNotificationDisabled = true, summary: "an e-mail setting, not who gets access or how: the changes list it"),

        ["accessPackageAssignmentApprovalSettings.isApprovalRequiredForAdd"] = Coverage.Shown(PolicyPaths.IsApprovalRequiredForAdd, d => d.RequestApproval.IsApprovalRequiredForAdd = false),
        ["accessPackageAssignmentApprovalSettings.isApprovalRequiredForUpdate"] = Coverage.Shown(PolicyPaths.RequestApproval, d => d.RequestApproval.IsApprovalRequiredForUpdate = true),
        ["accessPackageAssignmentApprovalSettings.isRequestorJustificationRequired"] = Coverage.Shown(PolicyPaths.RequestApproval, d => d.RequestApproval.IsRequestorJustificationRequired = false),

        ["accessPackageApprovalStage.durationBeforeAutomaticDenial"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].DurationBeforeAutomaticDenial = PolicyDuration.Days(7)),
        ["accessPackageApprovalStage.isApproverJustificationRequired"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].IsApproverJustificationRequired = false),
        ["accessPackageApprovalStage.isEscalationEnabled"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].IsEscalationEnabled = false),
        ["accessPackageApprovalStage.durationBeforeEscalation"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].DurationBeforeEscalation = PolicyDuration.Days(5)),
        ["accessPackageApprovalStage.primaryApprovers"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].PrimaryApprovers.Add(Subject.User("u-9", "Lee Gu"))),
        ["accessPackageApprovalStage.fallbackPrimaryApprovers"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].FallbackPrimaryApprovers.Add(Subject.User("u-9", "Lee Gu"))),
        ["accessPackageApprovalStage.escalationApprovers"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].EscalationApprovers.Add(Subject.User("u-9", "Lee Gu"))),
        ["accessPackageApprovalStage.fallbackEscalationApprovers"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].FallbackEscalationApprovers.Add(Subject.User("u-9", "Lee Gu"))),
        ["accessPackageApprovalStage.approverInformationVisibility"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].ApproverInformationVisibility = ApproverInformationVisibility.NotVisible),
        ["accessPackageDynamicApprovalStage.*"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].IsDynamic = true),

        // Subject sets: the entry's id and name are what a slot shows; the type itself is its kind.
        ["singleUser.userId"] = Reviewer(Subject.User("u-9", "Lee Gu")),
        ["singleUser.description"] = Reviewer(Subject.User("u-9", "Lee Gu")),
        ["groupMembers.groupId"] = Reviewer(Subject.Group("g-9", "Auditors")),
        ["groupMembers.description"] = Reviewer(Subject.Group("g-9", "Auditors")),
        ["singleServicePrincipal.servicePrincipalId"] = Targets(AllowedTargetScope.SpecificDirectoryServicePrincipals, Subject.ServicePrincipal("sp-1", "Payroll connector")),
        ["singleServicePrincipal.description"] = Targets(AllowedTargetScope.SpecificDirectoryServicePrincipals, Subject.ServicePrincipal("sp-1", "Payroll connector")),
        ["connectedOrganizationMembers.connectedOrganizationId"] = Targets(AllowedTargetScope.SpecificConnectedOrganizationUsers, Subject.ConnectedOrganization("co-1", "Fabrikam")),
        ["connectedOrganizationMembers.description"] = Targets(AllowedTargetScope.SpecificConnectedOrganizationUsers, Subject.ConnectedOrganization("co-1", "Fabrikam")),
        ["attributeRuleMembers.membershipRule"] = Coverage.Shown(PolicyPaths.SpecificAllowedTargets,
            d => d.SpecificAllowedTargets[0].MembershipRule = "(user.department -eq \"Finance\")", auto: true),
        ["attributeRuleMembers.description"] = Coverage.Hidden("a label for the rule: the rule itself (membershipRule) decides who is assigned and is what the summary and the changes show"),
        ["requestorManager.managerLevel"] = Coverage.Shown(PolicyPaths.ApprovalStages, d => d.RequestApproval.Stages[0].PrimaryApprovers[0].ManagerLevel = 2),
        ["targetManager.managerLevel"] = Coverage.Shown(PolicyPaths.OnBehalfRequestors, d => d.RequestorSettings.OnBehalfRequestors[0].ManagerLevel = 3),

        ["accessPackageAssignmentRequestorSettings.enableTargetsToSelfAddAccess"] = Coverage.Shown(PolicyPaths.RequestorSettings, d => d.RequestorSettings.EnableTargetsToSelfAddAccess = false),
        ["accessPackageAssignmentRequestorSettings.enableTargetsToSelfUpdateAccess"] = Coverage.Shown(PolicyPaths.RequestorSettings, d => d.RequestorSettings.EnableTargetsToSelfUpdateAccess = false),
        ["accessPackageAssignmentRequestorSettings.enableTargetsToSelfRemoveAccess"] = Coverage.Shown(PolicyPaths.RequestorSettings, d => d.RequestorSettings.EnableTargetsToSelfRemoveAccess = false),
        ["accessPackageAssignmentRequestorSettings.allowCustomAssignmentSchedule"] = Coverage.Shown(PolicyPaths.RequestorSettings, d => d.RequestorSettings.AllowCustomAssignmentSchedule = true),
        ["accessPackageAssignmentRequestorSettings.enableOnBehalfRequestorsToAddAccess"] = Coverage.Shown(PolicyPaths.RequestorSettings, d => d.RequestorSettings.EnableOnBehalfRequestorsToAddAccess = false),
        ["accessPackageAssignmentRequestorSettings.enableOnBehalfRequestorsToUpdateAccess"] = Coverage.Shown(PolicyPaths.RequestorSettings, d => d.RequestorSettings.EnableOnBehalfRequestorsToUpdateAccess = true),
        ["accessPackageAssignmentRequestorSettings.enableOnBehalfRequestorsToRemoveAccess"] = Coverage.Shown(PolicyPaths.RequestorSettings, d => d.RequestorSettings.EnableOnBehalfRequestorsToRemoveAccess = true),
        ["accessPackageAssignmentRequestorSettings.onBehalfRequestors"] = Coverage.Shown(PolicyPaths.OnBehalfRequestors, d => d.RequestorSettings.OnBehalfRequestors.Add(Subject.User("u-9", "Lee Gu"))),

        ["accessPackageAssignmentReviewSettings.isEnabled"] = Coverage.Shown(PolicyPaths.ReviewIsEnabled, d => d.ReviewSettings.IsEnabled = false),
        ["accessPackageAssignmentReviewSettings.expirationBehavior"] = Coverage.Shown(PolicyPaths.ReviewSettings, d => d.ReviewSettings.ExpirationBehavior = ReviewExpirationBehavior.RemoveAccess),
        ["accessPackageAssignmentReviewSettings.isRecommendationEnabled"] = Coverage.Shown(PolicyPaths.ReviewSettings, d => d.ReviewSettings.IsRecommendationEnabled = false),
        ["accessPackageAssignmentReviewSettings.isReviewerJustificationRequired"] = Coverage.Shown(PolicyPaths.ReviewSettings, d => d.ReviewSettings.IsReviewerJustificationRequired = false),
        ["accessPackageAssignmentReviewSettings.isSelfReview"] = Coverage.Shown(PolicyPaths.ReviewSettings, d => d.ReviewSettings.ReviewerType = ReviewerType.Self),
        ["accessPackageAssignmentReviewSettings.primaryReviewers"] = Coverage.Shown(PolicyPaths.PrimaryReviewers, d => d.ReviewSettings.PrimaryReviewers.Add(Subject.User("u-9", "Lee Gu"))),
        ["accessPackageAssignmentReviewSettings.fallbackReviewers"] = Coverage.Shown(PolicyPaths.FallbackReviewers, d => d.ReviewSettings.FallbackReviewers.Add(Subject.User("u-9", "Lee Gu"))),
        ["entitlementManagementSchedule.startDateTime"] = Coverage.Shown(PolicyPaths.ReviewStartDateTime,
            d => d.ReviewSettings.StartDateTime = new DateTimeOffset(2030, 3, 1, 0, 0, 0, TimeSpan.Zero)),
        ["recurrencePattern.type"] = Coverage.Shown(PolicyPaths.ReviewSettings, d => d.ReviewSettings.Frequency = ReviewFrequency.Weekly),
        ["recurrencePattern.interval"] = Coverage.Shown(PolicyPaths.ReviewSettings, d => d.ReviewSettings.Frequency = ReviewFrequency.Annually),
        ["recurrencePattern.dayOfMonth"] = Coverage.Shown(PolicyPaths.ReviewDayOfMonth, d => d.ReviewSettings.DayOfMonth = 15),
        ["recurrencePattern.daysOfWeek"] = Coverage.Hidden("access reviews use only the recurrence type, interval and day of the month; the importer says it ignored it"),
        ["recurrencePattern.firstDayOfWeek"] = Coverage.Hidden("access reviews use only the recurrence type, interval and day of the month; the importer says it ignored it"),
        ["recurrencePattern.index"] = Coverage.Hidden("access reviews use only the recurrence type, interval and day of the month; the importer says it ignored it"),
        ["recurrencePattern.month"] = Coverage.Hidden("access reviews use only the recurrence type, interval and day of the month; the importer says it ignored it"),
        ["recurrenceRange.type"] = Coverage.Shown(PolicyPaths.ReviewSettings, d => d.ReviewSettings.RangeType = ReviewRangeType.EndDate),
        ["recurrenceRange.endDate"] = Coverage.Shown(PolicyPaths.ReviewSettings, d =>
        {
            d.ReviewSettings.RangeType = ReviewRangeType.EndDate;
            d.ReviewSettings.RangeEndDate = new DateOnly(2032, 12, 31);
        }),
        ["recurrenceRange.numberOfOccurrences"] = Coverage.Shown(PolicyPaths.ReviewSettings, d =>
        {
            d.ReviewSettings.RangeType = ReviewRangeType.Numbered;
            d.ReviewSettings.NumberOfOccurrences = 6;
        }),
        ["recurrenceRange.startDate"] = Coverage.Hidden("the portal sends the first review's day (the schedule's startDateTime, shown); a different range start is named by the importer"),
        ["recurrenceRange.recurrenceTimeZone"] = Coverage.Hidden("Graph's reviews run in UTC; the value is kept as read and sent back unchanged, never edited"),

        ["customExtensionStageSetting.id"] = Coverage.Hidden("read-only id Graph assigns"),
        ["customExtensionStageSetting.stage"] = Coverage.Shown(PolicyPaths.CustomExtensionStageSettings,
            d => d.CustomExtensionStageSettings[0].Stage = CustomExtensionStage.AssignmentRequestGranted),
        ["customExtensionStageSetting.customExtension"] = Coverage.Shown(PolicyPaths.CustomExtensionStageSettings, d =>
        {
            d.CustomExtensionStageSettings[0].CustomExtensionId = "ext-2";
            d.CustomExtensionStageSettings[0].CustomExtensionDisplayName = "Notify the helpdesk";
        }),

        ["accessPackageQuestion.id"] = Coverage.Hidden("read-only id Graph assigns"),
        ["accessPackageQuestion.sequence"] = Coverage.Hidden("the questions' order in the list, renumbered on every move; the order shows as Question 1, 2…"),
        ["accessPackageQuestion.text"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[0].Text = "Which cost centre?"),
        ["accessPackageQuestion.isRequired"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[0].IsRequired = false),
        ["accessPackageQuestion.isAnswerEditable"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[0].IsAnswerEditable = false),
        ["accessPackageQuestion.localizations"] = Coverage.Shown(PolicyPaths.Questions,
            d => d.Questions[0].Localizations.Add(new LocalizedTextDraft { LanguageCode = "de", Text = "Welches Projekt?" })),
        ["accessPackageLocalizedText.languageCode"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[0].Localizations[0].LanguageCode = "fr-CA"),
        ["accessPackageLocalizedText.text"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[0].Localizations[0].Text = "Quel projet exactement ?"),
        ["accessPackageTextInputQuestion.isSingleLineQuestion"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[0].IsSingleLineQuestion = false),
        ["accessPackageTextInputQuestion.regexPattern"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[0].RegexPattern = "^[A-Z]{3}$"),
        ["accessPackageMultipleChoiceQuestion.isMultipleSelectionAllowed"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[1].IsMultipleSelectionAllowed = true),
        ["accessPackageMultipleChoiceQuestion.choices"] = Coverage.Shown(PolicyPaths.Questions,
            d => d.Questions[1].Choices.Add(new AnswerChoiceDraft { ActualValue = "APAC", Text = "Asia Pacific" })),
        ["accessPackageAnswerChoice.actualValue"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[1].Choices[0].ActualValue = "EMEA",
            summary: "the value stored behind a choice: requestors see its text, which the summary quotes"),
        ["accessPackageAnswerChoice.text"] = Coverage.Shown(PolicyPaths.Questions, d => d.Questions[1].Choices[0].Text = "Europe and Africa"),
        ["accessPackageAnswerChoice.localizations"] = Coverage.Shown(PolicyPaths.Questions,
            d => d.Questions[1].Choices[0].Localizations.Add(new LocalizedTextDraft { LanguageCode = "fr", Text = "Europe" }),
            summary: "the summary names each question's languages; the changes list each choice's translations"),
    };

    public static TheoryData<string> Members => [.. SchemaMembers];

    // A subject's id and name show as who is in the slot: adding one of its kind is the change to see.
    private static Coverage Reviewer(Subject subject) =>
        Coverage.Shown(PolicyPaths.PrimaryReviewers, d => d.ReviewSettings.PrimaryReviewers.Add(subject));

    private static Coverage Targets(AllowedTargetScope scope, Subject subject) => Coverage.Shown(PolicyPaths.SpecificAllowedTargets, d =>
    {
        d.AllowedTargetScope = scope;
        d.SpecificAllowedTargets = [subject];
    });

    [Fact]
    public void Schema_Walk_FindsThePolicysMembers()
    {
        SchemaMembers.ShouldContain("accessPackageAssignmentPolicy.displayName");
        SchemaMembers.ShouldContain("accessPackageApprovalStage.durationBeforeEscalation");
        SchemaMembers.ShouldContain("singleUser.userId");
        SchemaMembers.Length.ShouldBeGreaterThan(80);
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void PolicyShapes_EverySchemaMember_IsReadByTheImporter(string member)
    {
        var (type, name) = Split(member);
        if (Lookup(NotImported, type, name) is not null)
        {
            return;
        }

        var shapes = ShapeMembers.Value;
        shapes.ShouldContain(member, $"PolicyShapes does not account for the schema member {member}: add it to PolicyShapes, or to NotImported with the reason.");
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void DiffAndSummary_EverySchemaMember_ShowsItsChangeOrSaysWhyNot(string member)
    {
        var (type, name) = Split(member);
        if (Lookup(NotImported, type, name) is not null)
        {
            return;
        }

        var coverage = Accounts.GetValueOrDefault(member) ?? Accounts.GetValueOrDefault(BaseMember(member)) ?? Accounts.GetValueOrDefault($"{type}.*");
        if (coverage is null && SchemaWalk.Containers.Value.Contains(member))
        {
            return;
        }

        coverage.ShouldNotBeNull($"Neither DiffFields nor the summary account for the schema member {member} (schema type {type}): add it to Accounts with its draft path, or say why it is hidden.");
        if (coverage.Mutate is null)
        {
            return;
        }

        var before = coverage.Auto ? AutoAssignmentDraft() : RequestDraft();
        var after = before.Clone();
        coverage.Mutate(after);

        var changes = PolicyDiff.Compare(before, after);
        changes.ShouldContain(change => Unindexed(change.PropertyPath).StartsWith(coverage.DiffPath!, StringComparison.Ordinal),
            $"DiffFields does not list a change of {member} under {coverage.DiffPath}; changes: {string.Join(", ", changes.Select(c => c.PropertyPath))}");
        if (coverage.NotInSummary is null)
        {
            PolicySummary.Describe(after).ToPlainText().ShouldNotBe(PolicySummary.Describe(before).ToPlainText(),
                $"The plain-English summary does not say a change of {member}");
        }
    }

    private static readonly Lazy<HashSet<string>> ShapeMembers = new(() =>
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<JsonShape>(ReferenceEqualityComparer.Instance);
        void Walk(JsonShape shape)
        {
            if (!seen.Add(shape))
            {
                return;
            }

            switch (shape)
            {
                case ObjectShape obj:
                    foreach (var (name, inner) in obj.Properties)
                    {
                        members.Add($"{obj.TypeName}.{name}");
                        Walk(inner);
                    }

                    foreach (var name in obj.Ignored)
                    {
                        members.Add($"{obj.TypeName}.{name}");
                    }

                    break;
                case ArrayShape array:
                    Walk(array.Item);
                    break;
                case PolymorphicShape poly:
                    foreach (var type in poly.Types.Values)
                    {
                        Walk(type);
                    }

                    break;
            }
        }

        Walk(PolicyShapes.Policy);
        return members;
    });

    // A request policy with every optional part filled, so each member has something to change.
    private static PolicyDraft RequestDraft() => new()
    {
        DisplayName = "Partners – sponsor approval",
        Description = "Partners request access; their sponsor approves.",
        AccessPackage = new AccessPackageReference { Id = "p-1", DisplayName = "Partner portal" },
        AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers,
        SpecificAllowedTargets = [Subject.Group("g-1", "Partner managers")],
        RequestorSettings = new RequestorSettingsDraft
        {
            EnableOnBehalfRequestorsToAddAccess = true,
            OnBehalfRequestors = [Subject.TargetManager(1)],
        },
        RequestApproval = new ApprovalSettingsDraft
        {
            Stages =
            [
                new ApprovalStageDraft
                {
                    PrimaryApprovers = [Subject.RequestorManager(1)],
                    FallbackPrimaryApprovers = [Subject.User("u-1", "Adele Vance")],
                    IsEscalationEnabled = true,
                    DurationBeforeAutomaticDenial = PolicyDuration.Days(14),
                    DurationBeforeEscalation = PolicyDuration.Days(2),
                    EscalationApprovers = [Subject.User("u-2", "Alex Wilber")],
                    FallbackEscalationApprovers = [Subject.Group("g-2", "Helpdesk")],
                },
            ],
        },
        Questions =
        [
            new QuestionDraft
            {
                Kind = QuestionKind.Text, Sequence = 1, Text = "Which project?",
                Localizations = [new LocalizedTextDraft { LanguageCode = "fr", Text = "Quel projet ?" }],
            },
            new QuestionDraft
            {
                Kind = QuestionKind.MultipleChoice, Sequence = 2, Text = "Where are you based?",
                Choices = [new AnswerChoiceDraft { ActualValue = "EU", Text = "Europe" }, new AnswerChoiceDraft { ActualValue = "US", Text = "United States" }],
            },
        ],
        ReviewSettings = new ReviewSettingsDraft
        {
            IsEnabled = true,
            StartDateTime = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
            PrimaryReviewers = [Subject.User("u-3", "Megan Bowen")],
        },
        CustomExtensionStageSettings =
        [
            new CustomExtensionStageSettingDraft
            {
                Stage = CustomExtensionStage.AssignmentRequestCreated, CustomExtensionId = "ext-1", CustomExtensionDisplayName = "Create a ticket",
            },
        ],
    };

    private static PolicyDraft AutoAssignmentDraft()
    {
        var draft = RequestDraft();
        draft.SpecificAllowedTargets = [Subject.AttributeRule("(user.department -eq \"Sales\")", "Sales staff")];
        draft.AutomaticRequestSettings = new AutomaticRequestSettingsDraft { IsEnabled = true, GracePeriodBeforeAccessRemoval = PolicyDuration.Days(1) };
        draft.RequestApproval = new ApprovalSettingsDraft { IsApprovalRequiredForAdd = false, Stages = [] };
        return draft;
    }

    private static (string Type, string Name) Split(string member) => (member[..member.IndexOf('.', StringComparison.Ordinal)], member[(member.IndexOf('.', StringComparison.Ordinal) + 1)..]);

    private static string? Lookup(Dictionary<string, string> table, string type, string name) =>
        table.GetValueOrDefault($"{type}.{name}") ?? table.GetValueOrDefault($"{type}.*");

    private static string BaseMember(string member) => SchemaWalk.BaseOf.Value.GetValueOrDefault(member, member);

    private static string Unindexed(string path) => Index().Replace(path, "");

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    /// <param name="DiffPath">Where the change shows among the field-by-field changes (a prefix, without indices).</param>
    /// <param name="NotInSummary">Why the summary leaves it out, if it does.</param>
    private sealed record Coverage(string? DiffPath, Action<PolicyDraft>? Mutate, string? WhyHidden, string? NotInSummary, bool Auto)
    {
        public static Coverage Shown(string diffPath, Action<PolicyDraft> mutate, string? summary = null, bool auto = false) =>
            new(Unindexed(diffPath), mutate, null, summary, auto);

        public static Coverage Hidden(string reason) => new(null, null, reason, reason, false);
    }

    /// <summary>The members of every type reachable from the policy, as "type.member" (the schema's titles). Navigation
    /// properties to other entities (accessPackage, catalog, customExtension) are members; their entities are not walked.</summary>
    private static class SchemaWalk
    {
        private static readonly Lazy<(Dictionary<string, string> Members, Dictionary<string, string> Bases, HashSet<string> Containers)> Result =
            new(() => Walk(JsonNode.Parse(Fixture.SchemaText())!));

        public static Lazy<Dictionary<string, string>> BaseOf { get; } = new(() => Result.Value.Bases);

        /// <summary>Members holding objects of the policy's own (complex or contained) types: their members are checked.</summary>
        public static Lazy<HashSet<string>> Containers { get; } = new(() => Result.Value.Containers);

        public static Dictionary<string, string> Members(JsonNode schema) => Walk(schema).Members;

        private static (Dictionary<string, string> Members, Dictionary<string, string> Bases, HashSet<string> Containers) Walk(JsonNode schema)
        {
            var defs = schema["$defs"]!.AsObject();
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            var bases = new Dictionary<string, string>(StringComparer.Ordinal);
            var containers = new HashSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);

            void Visit(string defName)
            {
                if (!seen.Add(defName) || defs[defName] is not JsonObject def)
                {
                    return;
                }

                foreach (var reference in References(def, skipProperties: true))
                {
                    Visit(reference);
                }

                var title = def["title"]?.GetValue<string>() ?? defName;
                foreach (var (name, value) in def["properties"]?.AsObject() ?? [])
                {
                    if (name == "@odata.type" || value is null)
                    {
                        continue;
                    }

                    var key = $"{title}.{name}";
                    members[key] = defName;
                    if (BaseType(defs, def, name) is { } baseTitle && baseTitle != title)
                    {
                        bases[key] = $"{baseTitle}.{name}";
                    }

                    var navigation = value["x-ms-navigationProperty"]?.GetValue<bool>() == true;
                    if (!navigation || value["x-ms-containsTarget"]?.GetValue<bool>() == true)
                    {
                        foreach (var reference in References(value, skipProperties: false))
                        {
                            // A subject slot is a value of its own (who); enums are scalars.
                            if (!reference.StartsWith("microsoft.graph.subjectSet", StringComparison.Ordinal) && defs[reference]?["properties"] is not null)
                            {
                                containers.Add(key);
                            }

                            Visit(reference);
                        }
                    }
                }
            }

            Visit("microsoft.graph." + PolicyType);
            return (members, bases, containers);
        }

        // The earliest type in the lineage that declares the member (a question's text belongs to accessPackageQuestion).
        private static string? BaseType(JsonObject defs, JsonObject def, string member)
        {
            foreach (var ancestor in def["x-ms-lineage"]?.AsArray() ?? [])
            {
                if (defs[ancestor!.GetValue<string>()] is JsonObject ancestorDef && ancestorDef["properties"]?[member] is not null)
                {
                    return ancestorDef["title"]?.GetValue<string>();
                }
            }

            return null;
        }

        private static IEnumerable<string> References(JsonNode node, bool skipProperties)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        if (name == "$ref" && value is JsonValue reference)
                        {
                            yield return reference.GetValue<string>().Split('/')[^1];
                        }
                        else if (value is not null && !(skipProperties && name == "properties"))
                        {
                            foreach (var inner in References(value, skipProperties: false))
                            {
                                yield return inner;
                            }
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (item is not null)
                        {
                            foreach (var inner in References(item, skipProperties: false))
                            {
                                yield return inner;
                            }
                        }
                    }

                    break;
            }
        }
    }
}
