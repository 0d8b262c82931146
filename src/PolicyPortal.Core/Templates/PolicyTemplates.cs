using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Templates;

/// <summary>The templates offered when starting a policy.</summary>
public static class PolicyTemplates
{
    private static readonly SubjectKind[] UserOrGroup = [SubjectKind.User, SubjectKind.Group];

    public static PolicyTemplate EmployeesWithManagerApproval { get; } = new(
        "employees-manager-approval",
        "Employees self-service with manager approval",
        "All members (no guests) can request; their manager approves, with a fallback approver for users without one. Access lasts a year.",
        () => new PolicyDraft
        {
            DisplayName = "Employees – manager approval",
            Description = "Members of the organization can request access; their manager approves.",
            AllowedTargetScope = AllowedTargetScope.AllMemberUsers,
            RequestApproval = new ApprovalSettingsDraft
            {
                IsApprovalRequiredForAdd = true,
                Stages = [new ApprovalStageDraft { PrimaryApprovers = [Subject.RequestorManager(1)] }],
            },
            Expiration = new ExpirationDraft { Kind = ExpirationKind.AfterDuration, Duration = PolicyDuration.Days(365) },
        },
        new TemplateSlot(PolicyPaths.Member(PolicyPaths.Stage(0), nameof(ApprovalStageDraft.FallbackPrimaryApprovers)), "Who approves when a requestor has no manager?",
            UserOrGroup, draft => draft.RequestApproval.Stages[0].FallbackPrimaryApprovers));

    public static PolicyTemplate DirectAssignmentOnly { get; } = new(
        "direct-assignment",
        "Direct assignment only (admins)",
        "Nobody can request: administrators assign users directly. No approval, no expiration.",
        () => new PolicyDraft
        {
            DisplayName = "Direct assignment",
            Description = "Administrators assign this access package directly.",
            AllowedTargetScope = AllowedTargetScope.NotSpecified,
            RequestorSettings = new RequestorSettingsDraft
            {
                EnableTargetsToSelfAddAccess = false,
                EnableTargetsToSelfUpdateAccess = false,
                EnableTargetsToSelfRemoveAccess = false,
                AllowCustomAssignmentSchedule = true,
            },
            RequestApproval = NoApproval(),
            Expiration = new ExpirationDraft { Kind = ExpirationKind.NoExpiration },
        });

    public static PolicyTemplate ExternalPartners { get; } = new(
        "external-partners",
        "External partners, two-stage approval, quarterly review",
        "Users of all configured connected organizations can request. Their internal sponsors approve first (a user and a group as fallback), then a user and a group approve. A group reviews access every 3 months; access doesn't expire.",
        () => new PolicyDraft
        {
            DisplayName = "External partners",
            Description = "Users from connected organizations request access, with two stages of approval and a quarterly review.",
            AllowedTargetScope = AllowedTargetScope.AllConfiguredConnectedOrganizationUsers,
            RequestorSettings = new RequestorSettingsDraft(),
            RequestApproval = new ApprovalSettingsDraft
            {
                IsApprovalRequiredForAdd = true,
                IsApprovalRequiredForUpdate = false,
                Stages =
                [
                    new ApprovalStageDraft { PrimaryApprovers = [Subject.InternalSponsors()] },
                    new ApprovalStageDraft(),
                ],
            },
            Expiration = new ExpirationDraft { Kind = ExpirationKind.NoExpiration },
            ReviewSettings = new ReviewSettingsDraft
            {
                IsEnabled = true,
                Frequency = ReviewFrequency.Quarterly,
                Duration = PolicyDuration.Days(14),
                ReviewerType = ReviewerType.Specific,
                ExpirationBehavior = ReviewExpirationBehavior.KeepAccess,
            },
        },
        new TemplateSlot(PolicyPaths.Member(PolicyPaths.Stage(0), nameof(ApprovalStageDraft.FallbackPrimaryApprovers)), "Stage 1 fallback approvers, when a partner has no sponsor: pick a user and a group.",
            UserOrGroup, draft => draft.RequestApproval.Stages[0].FallbackPrimaryApprovers),
        new TemplateSlot(PolicyPaths.Member(PolicyPaths.Stage(1), nameof(ApprovalStageDraft.PrimaryApprovers)), "Stage 2 approvers: pick a user and a group.",
            UserOrGroup, draft => draft.RequestApproval.Stages[1].PrimaryApprovers),
        new TemplateSlot(PolicyPaths.PrimaryReviewers, "Who reviews partner access every quarter: pick a group.",
            [SubjectKind.Group], draft => draft.ReviewSettings.PrimaryReviewers));

    public static PolicyTemplate AutoAssignByDepartment { get; } = new(
        "auto-assign-department",
        "Auto-assign by department rule",
        "Users matching a membership rule get access automatically and lose it when they stop matching. Edit the rule to your department.",
        () => new PolicyDraft
        {
            DisplayName = "Sales department users",
            Description = "Everyone in the Sales department is assigned automatically.",
            AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers,
            SpecificAllowedTargets = [Subject.AttributeRule("(user.department -eq \"Sales\")", "Users in the Sales department")],
            AutomaticRequestSettings = new AutomaticRequestSettingsDraft
            {
                IsEnabled = true,
                RequestAccessForAllowedTargets = true,
                RemoveAccessWhenTargetLeavesAllowedTargets = true,
            },
            RequestorSettings = new RequestorSettingsDraft
            {
                EnableTargetsToSelfAddAccess = false,
                EnableTargetsToSelfUpdateAccess = false,
                EnableTargetsToSelfRemoveAccess = false,
            },
            RequestApproval = NoApproval(),
            Expiration = new ExpirationDraft { Kind = ExpirationKind.NoExpiration },
        });

    public static PolicyTemplate ContractorsWithQuestions { get; } = new(
        "contractors-questions-90-days",
        "Contractors with questions and 90-day expiry",
        "Members of a contractors group request access, answer two questions, and their manager approves. Access ends after 90 days.",
        () => new PolicyDraft
        {
            DisplayName = "Contractors",
            Description = "Contractors request access for a project; their manager approves; access lasts 90 days.",
            AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers,
            RequestApproval = new ApprovalSettingsDraft
            {
                IsApprovalRequiredForAdd = true,
                IsApprovalRequiredForUpdate = true,
                Stages = [new ApprovalStageDraft { PrimaryApprovers = [Subject.RequestorManager(1)] }],
            },
            Questions =
            [
                new QuestionDraft
                {
                    Kind = QuestionKind.Text, Sequence = 1, Text = "Which project do you need access for?",
                    IsSingleLineQuestion = true, RegexPattern = "^[A-Za-z0-9 -]{3,}$",
                },
                new QuestionDraft
                {
                    Kind = QuestionKind.MultipleChoice, Sequence = 2, Text = "What is your contract type?",
                    Choices =
                    [
                        new AnswerChoiceDraft { ActualValue = "fixed-term", Text = "Fixed term" },
                        new AnswerChoiceDraft { ActualValue = "time-and-materials", Text = "Time and materials" },
                        new AnswerChoiceDraft { ActualValue = "vendor", Text = "Vendor staff" },
                    ],
                },
            ],
            Expiration = new ExpirationDraft { Kind = ExpirationKind.AfterDuration, Duration = PolicyDuration.Days(90) },
        },
        new TemplateSlot(PolicyPaths.SpecificAllowedTargets, "Which group holds your contractors?",
            [SubjectKind.Group], draft => draft.SpecificAllowedTargets),
        new TemplateSlot(PolicyPaths.Member(PolicyPaths.Stage(0), nameof(ApprovalStageDraft.FallbackPrimaryApprovers)), "Who approves when a contractor has no manager?",
            UserOrGroup, draft => draft.RequestApproval.Stages[0].FallbackPrimaryApprovers));

    public static PolicyTemplate GuestsWithSelfReview { get; } = new(
        "guests-self-review",
        "All users including guests, no approval, self-review",
        "Anyone in the directory, guests included, gets access on request without approval for 180 days, and confirms every quarter that they still need it.",
        () => new PolicyDraft
        {
            DisplayName = "All users – self-service",
            Description = "Any user, guests included, can request; no approval; users review their own access quarterly.",
            AllowedTargetScope = AllowedTargetScope.AllDirectoryUsers,
            RequestApproval = NoApproval(),
            Expiration = new ExpirationDraft { Kind = ExpirationKind.AfterDuration, Duration = PolicyDuration.Days(180) },
            ReviewSettings = new ReviewSettingsDraft
            {
                IsEnabled = true,
                Frequency = ReviewFrequency.Quarterly,
                Duration = PolicyDuration.Days(14),
                ReviewerType = ReviewerType.Self,
                ExpirationBehavior = ReviewExpirationBehavior.RemoveAccess,
            },
        });

    /// <summary>All templates, in the order the wizard offers them.</summary>
    public static IReadOnlyList<PolicyTemplate> All { get; } =
        [EmployeesWithManagerApproval, DirectAssignmentOnly, ExternalPartners, AutoAssignByDepartment, ContractorsWithQuestions, GuestsWithSelfReview];

    public static PolicyTemplate? Find(string key) => All.FirstOrDefault(template => template.Key == key);

    private static ApprovalSettingsDraft NoApproval() => new()
    {
        IsApprovalRequiredForAdd = false,
        IsApprovalRequiredForUpdate = false,
        IsRequestorJustificationRequired = false,
        Stages = [],
    };
}
