using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Validation;

namespace PolicyPortal.Core.Tests.Support;

internal static class Drafts
{
    public static PolicyDraftValidator Validator() => new(new FixedTimeProvider());

    public static Subject User(string suffix = "1") => Subject.User($"00000000-0000-0000-0000-00000000000{suffix}", "Ann Lee", "ann@contoso.com");

    public static Subject Group(string suffix = "1") => Subject.Group($"10000000-0000-0000-0000-00000000000{suffix}", "Approvers");

    /// <summary>A draft that passes every rule and touches every step: the baseline each rule test breaks.</summary>
    public static PolicyDraft Valid() => new()
    {
        DisplayName = "Employees – manager approval",
        Description = "Members request; their manager approves.",
        AccessPackage = new AccessPackageReference { Id = "a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b", DisplayName = "Sales tools" },
        AllowedTargetScope = AllowedTargetScope.AllMemberUsers,
        RequestApproval = new ApprovalSettingsDraft
        {
            IsApprovalRequiredForAdd = true,
            Stages =
            [
                new ApprovalStageDraft
                {
                    PrimaryApprovers = [Subject.RequestorManager(1)],
                    FallbackPrimaryApprovers = [User()],
                },
            ],
        },
        Questions =
        [
            new QuestionDraft { Kind = QuestionKind.Text, Sequence = 1, Text = "Why?", RegexPattern = "^.{3,}$", Localizations = [new LocalizedTextDraft { LanguageCode = "fr", Text = "Pourquoi ?" }] },
            new QuestionDraft
            {
                Kind = QuestionKind.MultipleChoice, Sequence = 2, Text = "Where?",
                Choices = [new AnswerChoiceDraft { ActualValue = "US", Text = "United States", Localizations = [new LocalizedTextDraft { LanguageCode = "fr-CA", Text = "États-Unis" }] }],
            },
        ],
        Expiration = new ExpirationDraft { Kind = ExpirationKind.AfterDuration, Duration = PolicyDuration.Days(365) },
        ReviewSettings = new ReviewSettingsDraft { IsEnabled = true, Frequency = ReviewFrequency.Quarterly, Duration = PolicyDuration.Days(14), ReviewerType = ReviewerType.Specific, PrimaryReviewers = [Group()] },
        CustomExtensionStageSettings = [new CustomExtensionStageSettingDraft { Stage = CustomExtensionStage.AssignmentRequestGranted, CustomExtensionId = "219f57b6-7983-45a1-be01-2c228b7a43f8" }],
    };

    /// <summary>A valid auto-assignment draft (rules for auto-assignment break this one).</summary>
    public static PolicyDraft ValidAutoAssignment()
    {
        var draft = Valid();
        draft.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers;
        draft.SpecificAllowedTargets = [Subject.AttributeRule("(user.department -eq \"Sales\")", "Sales")];
        draft.AutomaticRequestSettings = new AutomaticRequestSettingsDraft { IsEnabled = true };
        draft.RequestApproval = new ApprovalSettingsDraft { IsApprovalRequiredForAdd = false, Stages = [] };
        return draft;
    }

    public static PackagePolicyContext PackageWith(int policies, bool oneIsAutoAssignment = false) => new(
        [.. Enumerable.Range(0, policies).Select(i => new ExistingPolicy($"p{i}", $"Policy {i}", oneIsAutoAssignment && i == 0))]);
}
