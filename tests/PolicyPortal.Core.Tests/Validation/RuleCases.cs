using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Tests.Support;

namespace PolicyPortal.Core.Tests.Validation;

/// <summary>Every service rule, broken once. The steps and paths are what the wizard shows them against.</summary>
internal static class RuleCases
{
    private static ApprovalStageDraft Stage(PolicyDraft d) => d.RequestApproval.Stages[0];

    public static IEnumerable<RuleCase> Basics =>
    [
        new("display name required", "basics", "DisplayName", "needs a name", d => d.DisplayName = " "),
        new("access package required", "basics", "AccessPackage.Id", "Choose the access package", d => d.AccessPackage.Id = null),
    ];

    public static IEnumerable<RuleCase> WhoCanRequest =>
    [
        new("unknown scope", "who-can-request", "AllowedTargetScope", "isn't one Graph accepts", d => d.AllowedTargetScope = AllowedTargetScope.UnknownFutureValue),
        new("specific scope needs targets", "who-can-request", "SpecificAllowedTargets", "needs at least one entry",
            d => d.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers),
        new("targets match the scope", "who-can-request", "SpecificAllowedTargets[0]", "can't be one of the people who can request",
            d => { d.AllowedTargetScope = AllowedTargetScope.SpecificConnectedOrganizationUsers; d.SpecificAllowedTargets.Add(Drafts.User()); }),
        new("service principal scope takes service principals", "who-can-request", "SpecificAllowedTargets[0]", "pick: service principal",
            d => { d.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryServicePrincipals; d.SpecificAllowedTargets.Add(Drafts.Group()); }),
        new("internal and external never mixed", "who-can-request", "SpecificAllowedTargets", "both users of your directory and users of connected organizations",
            d => { d.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers; d.SpecificAllowedTargets.AddRange([Drafts.User(), Subject.ConnectedOrganization("c1", "Fabrikam")]); }),
        new("picked subject has an id", "who-can-request", "SpecificAllowedTargets[0].ObjectId", "no object id",
            d => { d.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers; d.SpecificAllowedTargets.Add(new Subject(SubjectKind.Group) { DisplayName = "Lost" }); }),
        new("membership rule only for auto-assignment", "who-can-request", "SpecificAllowedTargets", "only works in an auto-assignment policy",
            d => { d.AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers; d.SpecificAllowedTargets.Add(Subject.AttributeRule("(user.department -eq \"Sales\")")); }),
        new("auto-assignment needs one rule", "who-can-request", "SpecificAllowedTargets", "exactly one membership rule",
            d => d.SpecificAllowedTargets.Add(Subject.AttributeRule("(user.country -eq \"FR\")")), AutoAssignment: true),
        new("auto-assignment needs specific users scope", "who-can-request", "SpecificAllowedTargets", "exactly one membership rule",
            d => { d.AllowedTargetScope = AllowedTargetScope.AllMemberUsers; d.SpecificAllowedTargets.Clear(); }, AutoAssignment: true),
        new("rule has its text", "who-can-request", "SpecificAllowedTargets[0].MembershipRule", "Write the membership rule",
            d => d.SpecificAllowedTargets[0].MembershipRule = "", AutoAssignment: true),
        new("one auto-assignment policy per package", "who-can-request", "AutomaticRequestSettings.IsEnabled", "already has an auto-assignment policy",
            _ => { }, AutoAssignment: true, Context: Drafts.PackageWith(2, oneIsAutoAssignment: true)),
        new("grace period not negative", "who-can-request", "AutomaticRequestSettings.GracePeriodBeforeAccessRemoval", "can't be negative",
            d => d.AutomaticRequestSettings.GracePeriodBeforeAccessRemoval = PolicyDuration.Days(-1), AutoAssignment: true),
    ];

    public static IEnumerable<RuleCase> RequestorOptions =>
    [
        new("on-behalf needs requestors", "requestor-options", "RequestorSettings.OnBehalfRequestors", "nobody may make them",
            d => d.RequestorSettings.EnableOnBehalfRequestorsToAddAccess = true),
        new("target manager level 1-4", "requestor-options", "RequestorSettings.OnBehalfRequestors[0].ManagerLevel", "between 1 (direct manager) and 4",
            d => d.RequestorSettings.OnBehalfRequestors.Add(Subject.TargetManager(5))),
        new("on-behalf kinds", "requestor-options", "RequestorSettings.OnBehalfRequestors[0]", "can't be one of the on-behalf-of requestors",
            d => d.RequestorSettings.OnBehalfRequestors.Add(Subject.RequestorManager())),
    ];

    public static IEnumerable<RuleCase> Approval =>
    [
        new("approval needs a stage", "approval", "RequestApproval.Stages", "no approval stage", d => d.RequestApproval.Stages.Clear()),
        new("at most 3 stages", "approval", "RequestApproval.Stages", "at most 3",
            d => d.RequestApproval.Stages.AddRange([new() { PrimaryApprovers = [Drafts.User()] }, new() { PrimaryApprovers = [Drafts.User()] }, new() { PrimaryApprovers = [Drafts.User()] }])),
        new("no stages without approval", "approval", "RequestApproval.Stages", "must be no approval stages",
            d => d.RequestApproval.IsApprovalRequiredForAdd = false),
        new("stage needs someone to decide", "approval", "RequestApproval.Stages[0].PrimaryApprovers", "Stage 1 has nobody to decide",
            d => { Stage(d).PrimaryApprovers.Clear(); Stage(d).FallbackPrimaryApprovers.Clear(); }),
        new("manager needs a fallback", "approval", "RequestApproval.Stages[0].FallbackPrimaryApprovers", "Add a fallback user or group",
            d => Stage(d).FallbackPrimaryApprovers.Clear()),
        new("sponsors need a fallback", "approval", "RequestApproval.Stages[0].FallbackPrimaryApprovers", "\"Internal sponsors\"",
            d => { d.AllowedTargetScope = AllowedTargetScope.AllConfiguredConnectedOrganizationUsers; Stage(d).PrimaryApprovers = [Subject.InternalSponsors()]; Stage(d).FallbackPrimaryApprovers.Clear(); }),
        new("user's sponsors need a fallback", "approval", "RequestApproval.Stages[0].FallbackPrimaryApprovers", "\"The user's sponsors\"",
            d => { Stage(d).PrimaryApprovers = [Subject.TargetUserSponsors()]; Stage(d).FallbackPrimaryApprovers.Clear(); }),
        new("requestor manager level 1-2", "approval", "RequestApproval.Stages[0].PrimaryApprovers[0].ManagerLevel", "1 (direct manager) or 2",
            d => Stage(d).PrimaryApprovers[0].ManagerLevel = 3),
        new("sponsors only for connected organizations", "approval", "RequestApproval.Stages[0].PrimaryApprovers", "only exist for users of connected organizations",
            d => Stage(d).PrimaryApprovers = [Subject.ExternalSponsors()]),
        new("fallback approvers are users or groups", "approval", "RequestApproval.Stages[0].FallbackPrimaryApprovers[0]", "can't be one of the fallback approvers",
            d => Stage(d).FallbackPrimaryApprovers = [Subject.RequestorManager(2)]),
        new("denial timeout in days", "approval", "RequestApproval.Stages[0].DurationBeforeAutomaticDenial", "how many days",
            d => Stage(d).DurationBeforeAutomaticDenial = PolicyDuration.Hours(36)),
        new("escalation needs 4 day timeout", "approval", "RequestApproval.Stages[0].DurationBeforeAutomaticDenial", "at least 4 days",
            d => Escalate(d, denial: 3, escalation: 1)),
        new("escalation after at least a day", "approval", "RequestApproval.Stages[0].DurationBeforeEscalation", "at least 1 day",
            d => { Escalate(d, denial: 7, escalation: 1); Stage(d).DurationBeforeEscalation = PolicyDuration.Hours(12); }),
        new("escalation before denial", "approval", "RequestApproval.Stages[0].DurationBeforeEscalation", "shorter than the request timeout",
            d => Escalate(d, denial: 7, escalation: 7)),
        new("escalation needs alternate approvers", "approval", "RequestApproval.Stages[0].EscalationApprovers", "no alternate approver",
            d => { Escalate(d, denial: 7, escalation: 2); Stage(d).EscalationApprovers.Clear(); }),
        new("manager as alternate needs a fallback", "approval", "RequestApproval.Stages[0].FallbackEscalationApprovers", "alternate approvers include",
            d => { Escalate(d, denial: 7, escalation: 2); Stage(d).EscalationApprovers = [Subject.RequestorManager(2)]; }),
        new("no approval on auto-assignment", "approval", "RequestApproval.IsApprovalRequiredForAdd", "can't be approved",
            d => d.RequestApproval = new ApprovalSettingsDraft { IsApprovalRequiredForAdd = true, Stages = [new() { PrimaryApprovers = [Drafts.User()] }] }, AutoAssignment: true),
    ];

    public static IEnumerable<RuleCase> Questions =>
    [
        new("question text required", "questions", "Questions[0].Text", "has no text", d => d.Questions[0].Text = ""),
        new("multiple choice needs choices", "questions", "Questions[1].Choices", "at least one choice", d => d.Questions[1].Choices.Clear()),
        new("choice needs a value", "questions", "Questions[1].Choices[0].ActualValue", "needs a value", d => d.Questions[1].Choices[0].ActualValue = ""),
        new("choice needs text", "questions", "Questions[1].Choices[0].Text", "the text the requestor sees", d => d.Questions[1].Choices[0].Text = ""),
        new("localization needs a language", "questions", "Questions[0].Localizations[0].LanguageCode", "needs a language code", d => d.Questions[0].Localizations[0].LanguageCode = ""),
        new("language code shape", "questions", "Questions[0].Localizations[0].LanguageCode", "isn't a language code", d => d.Questions[0].Localizations[0].LanguageCode = "French"),
        new("localization needs text", "questions", "Questions[0].Localizations[0].Text", "translation is empty", d => d.Questions[0].Localizations[0].Text = ""),
        new("choice localization needs a language", "questions", "Questions[1].Choices[0].Localizations[0].LanguageCode", "needs a language code",
            d => d.Questions[1].Choices[0].Localizations[0].LanguageCode = " "),
        new("regex must compile", "questions", "Questions[0].RegexPattern", "isn't a valid regular expression", d => d.Questions[0].RegexPattern = "[a-"),
    ];

    public static IEnumerable<RuleCase> Lifecycle =>
    [
        new("expiration at most 3660 days", "lifecycle", "Expiration.Duration", "from 0 to 3660 days", d => d.Expiration.Duration = PolicyDuration.Days(3661)),
        new("expiration in hours within 3660 days", "lifecycle", "Expiration.Duration", "from 0 to 3660 days", d => d.Expiration.Duration = PolicyDuration.Hours((3660 * 24) + 1)),
        new("expiration not negative", "lifecycle", "Expiration.Duration", "from 0 to 3660 days", d => d.Expiration.Duration = PolicyDuration.Days(-1)),
        new("expiration in days or hours", "lifecycle", "Expiration.Duration", "days or hours", d => d.Expiration.Duration = PolicyDuration.Minutes(30)),
        new("end date chosen", "lifecycle", "Expiration.EndDateTime", "Choose the date", d => d.Expiration.Kind = ExpirationKind.OnDate),
        new("end date in the future", "lifecycle", "Expiration.EndDateTime", "in the past",
            d => { d.Expiration.Kind = ExpirationKind.OnDate; d.Expiration.EndDateTime = FixedTimeProvider.Now.AddMinutes(-1); }),
        new("extension chosen", "lifecycle", "CustomExtensionStageSettings[0].CustomExtensionId", "Choose which custom extension",
            d => d.CustomExtensionStageSettings[0].CustomExtensionId = ""),
    ];

    public static IEnumerable<RuleCase> AccessReview =>
    [
        new("recurrence weekly or monthly", "access-review", "ReviewSettings.RecurrenceType", "only weekly or monthly",
            d => d.ReviewSettings.RecurrenceType = ReviewRecurrenceType.Daily),
        new("recurrence at least every 1", "access-review", "ReviewSettings.RecurrenceInterval", "at least every 1",
            d => d.ReviewSettings.RecurrenceInterval = 0),
        new("review open at least an hour", "access-review", "ReviewSettings.Duration", "at least 1 hour", d => d.ReviewSettings.Duration = PolicyDuration.Zero),
        new("day of month 1 to 31", "access-review", "ReviewSettings.DayOfMonth", "between 1 and 31", d => d.ReviewSettings.DayOfMonth = 32),
        new("end date needed for an end-date range", "access-review", "ReviewSettings.RangeEndDate", "no new review starts",
            d => d.ReviewSettings.RangeType = ReviewRangeType.EndDate),
        new("occurrences needed for a numbered range", "access-review", "ReviewSettings.NumberOfOccurrences", "how many reviews",
            d => d.ReviewSettings.RangeType = ReviewRangeType.Numbered),
        new("specific reviewers needed", "access-review", "ReviewSettings.PrimaryReviewers", "Choose who reviews", d => d.ReviewSettings.PrimaryReviewers.Clear()),
        new("reviewers are users or groups", "access-review", "ReviewSettings.PrimaryReviewers[0]", "can't be one of the reviewers",
            d => d.ReviewSettings.PrimaryReviewers = [Subject.InternalSponsors()]),
    ];

    public static IEnumerable<RuleCase> All => [.. Basics, .. WhoCanRequest, .. RequestorOptions, .. Approval, .. Questions, .. Lifecycle, .. AccessReview];

    private static void Escalate(PolicyDraft d, int denial, int escalation)
    {
        var stage = Stage(d);
        stage.IsEscalationEnabled = true;
        stage.DurationBeforeAutomaticDenial = PolicyDuration.Days(denial);
        stage.DurationBeforeEscalation = PolicyDuration.Days(escalation);
        stage.EscalationApprovers = [Drafts.Group("2")];
    }
}
