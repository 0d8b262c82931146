using System.Globalization;

namespace PolicyPortal.Core.Policies;

/// <summary>
/// The <see cref="PolicyDraft"/> property paths that validation issues, wizard steps, diffs, lint findings and Graph's
/// refusals are reported against, derived from the model's member names so a rename cannot leave one behind. A list
/// item is <c>List[i]</c> (<see cref="Item"/>); a member below an item is joined with <see cref="Member"/> and
/// <c>nameof</c>, e.g. <c>Member(Stage(0), nameof(ApprovalStageDraft.PrimaryApprovers))</c>.
/// </summary>
public static class PolicyPaths
{
    public const string DisplayName = nameof(PolicyDraft.DisplayName);
    public const string Description = nameof(PolicyDraft.Description);
    public const string AccessPackage = nameof(PolicyDraft.AccessPackage);
    public const string AllowedTargetScope = nameof(PolicyDraft.AllowedTargetScope);
    public const string SpecificAllowedTargets = nameof(PolicyDraft.SpecificAllowedTargets);
    public const string AutomaticRequestSettings = nameof(PolicyDraft.AutomaticRequestSettings);
    public const string RequestorSettings = nameof(PolicyDraft.RequestorSettings);
    public const string RequestApproval = nameof(PolicyDraft.RequestApproval);
    public const string Questions = nameof(PolicyDraft.Questions);
    public const string Expiration = nameof(PolicyDraft.Expiration);
    public const string ReviewSettings = nameof(PolicyDraft.ReviewSettings);
    public const string CustomExtensionStageSettings = nameof(PolicyDraft.CustomExtensionStageSettings);
    public const string NotificationSettings = nameof(PolicyDraft.NotificationSettings);

    public const string AutomaticRequestIsEnabled = AutomaticRequestSettings + "." + nameof(AutomaticRequestSettingsDraft.IsEnabled);
    public const string AutomaticRequestRemoveAccess = AutomaticRequestSettings + "." + nameof(AutomaticRequestSettingsDraft.RemoveAccessWhenTargetLeavesAllowedTargets);
    public const string AutomaticRequestGracePeriod = AutomaticRequestSettings + "." + nameof(AutomaticRequestSettingsDraft.GracePeriodBeforeAccessRemoval);

    public const string OnBehalfRequestors = RequestorSettings + "." + nameof(RequestorSettingsDraft.OnBehalfRequestors);

    public const string IsApprovalRequiredForAdd = RequestApproval + "." + nameof(ApprovalSettingsDraft.IsApprovalRequiredForAdd);
    public const string ApprovalStages = RequestApproval + "." + nameof(ApprovalSettingsDraft.Stages);

    public const string ExpirationDuration = Expiration + "." + nameof(ExpirationDraft.Duration);
    public const string ExpirationEndDateTime = Expiration + "." + nameof(ExpirationDraft.EndDateTime);

    public const string ReviewIsEnabled = ReviewSettings + "." + nameof(ReviewSettingsDraft.IsEnabled);
    public const string ReviewStartDateTime = ReviewSettings + "." + nameof(ReviewSettingsDraft.StartDateTime);
    public const string ReviewRecurrenceType = ReviewSettings + "." + nameof(ReviewSettingsDraft.RecurrenceType);
    public const string ReviewRecurrenceInterval = ReviewSettings + "." + nameof(ReviewSettingsDraft.RecurrenceInterval);
    public const string ReviewDayOfMonth = ReviewSettings + "." + nameof(ReviewSettingsDraft.DayOfMonth);
    public const string ReviewRangeEndDate = ReviewSettings + "." + nameof(ReviewSettingsDraft.RangeEndDate);
    public const string ReviewNumberOfOccurrences = ReviewSettings + "." + nameof(ReviewSettingsDraft.NumberOfOccurrences);
    public const string ReviewDuration = ReviewSettings + "." + nameof(ReviewSettingsDraft.Duration);
    public const string PrimaryReviewers = ReviewSettings + "." + nameof(ReviewSettingsDraft.PrimaryReviewers);
    public const string FallbackReviewers = ReviewSettings + "." + nameof(ReviewSettingsDraft.FallbackReviewers);

    /// <summary><c>RequestApproval.Stages[index]</c>.</summary>
    public static string Stage(int index) => Item(ApprovalStages, index);

    /// <summary><c>Questions[index]</c>.</summary>
    public static string Question(int index) => Item(Questions, index);

    /// <summary><c>CustomExtensionStageSettings[index]</c>.</summary>
    public static string CustomExtensionStageSetting(int index) => Item(CustomExtensionStageSettings, index);

    /// <summary>The item of a list: <c>path[index]</c>.</summary>
    public static string Item(string listPath, int index) => string.Create(CultureInfo.InvariantCulture, $"{listPath}[{index}]");

    /// <summary>A member below <paramref name="path"/>: <c>path.member</c> (pass the member as <c>nameof</c>).</summary>
    public static string Member(string path, string member) => $"{path}.{member}";
}
