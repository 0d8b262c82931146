using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Summary;

/// <summary>
/// Describes a policy draft in plain English: who can request, how, who approves (by name) and what happens when
/// nobody does, questions, expiration, reviews, extensions and notifications. Shown on Review and the policy page.
/// </summary>
public static partial class PolicySummary
{
    /// <summary>The whole description, one section per part of the policy.</summary>
    public static PolicyDescription Describe(PolicyDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var title = string.IsNullOrWhiteSpace(draft.DisplayName) ? "Untitled policy" : draft.DisplayName.Trim();
        return new PolicyDescription(title,
        [
            new(SummaryHeadings.WhoCanRequest, WhoCanRequest(draft)),
            new(SummaryHeadings.RequestorOptions, RequestorOptions(draft)),
            new(SummaryHeadings.Approval, Approval(draft)),
            new(SummaryHeadings.Questions, Questions(draft.Questions)),
            new(SummaryHeadings.Expiration, [Expiration(draft.Expiration)]),
            new(SummaryHeadings.AccessReview, AccessReview(draft.ReviewSettings)),
            new(SummaryHeadings.CustomExtensions, CustomExtensions(draft.CustomExtensionStageSettings)),
            new(SummaryHeadings.Notifications, [Notifications(draft.NotificationSettings)]),
        ]);
    }

    internal static List<string> WhoCanRequest(PolicyDraft draft)
    {
        var targets = SubjectNames.Join(draft.SpecificAllowedTargets);
        if (draft.IsAutoAssignment)
        {
            var auto = draft.AutomaticRequestSettings;
            var sentences = new List<string> { $"Nobody requests this access: it is assigned automatically to {targets}." };
            if (!auto.RequestAccessForAllowedTargets)
            {
                sentences.Add("Graph creates no assignments for them yet: creating assignments for matching users is turned off.");
            }

            sentences.Add(auto.RemoveAccessWhenTargetLeavesAllowedTargets
                ? auto.GracePeriodBeforeAccessRemoval is { Value: > 0 } grace
                    ? $"Access is removed {SummaryWords.Duration(grace)} after someone stops matching."
                    : "Access is removed as soon as someone stops matching."
                : "Access is kept when someone stops matching.");
            return sentences;
        }

        var sentence = draft.AllowedTargetScope switch
        {
            AllowedTargetScope.NotSpecified => "Nobody can request this access: administrators assign it directly.",
            AllowedTargetScope.SpecificDirectoryUsers => $"Only these users can request: {targets}.",
            AllowedTargetScope.SpecificConnectedOrganizationUsers => $"Only {targets} can request (external users from these connected organizations).",
            AllowedTargetScope.SpecificDirectoryServicePrincipals => $"Only these service principals can be assigned: {targets}.",
            AllowedTargetScope.AllMemberUsers => "All members of your directory can request (guests cannot).",
            AllowedTargetScope.AllDirectoryUsers => "All users in your directory can request, guests included.",
            AllowedTargetScope.AllDirectoryServicePrincipals => "Any service principal in your directory can be assigned.",
            AllowedTargetScope.AllConfiguredConnectedOrganizationUsers => "Users from any of your configured connected organizations can request.",
            AllowedTargetScope.AllExternalUsers => "Any external user can request: users of all connected organizations and anyone else from outside (a connected organization is proposed for new ones).",
            AllowedTargetScope.AllDirectoryAgentIdentities => "Any agent identity in your directory can be assigned.",
            _ => $"Who can request is not set ({draft.AllowedTargetScope}).",
        };
        return [sentence];
    }

    internal static List<string> RequestorOptions(PolicyDraft draft)
    {
        var settings = draft.RequestorSettings;
        if (draft.IsAutoAssignment || draft.AllowedTargetScope == AllowedTargetScope.NotSpecified)
        {
            // Nobody requests through these policies; only on-behalf and schedule options can still matter.
            return OnBehalf(settings, [ScheduleSentence(settings)]);
        }

        var self = Actions(settings.EnableTargetsToSelfAddAccess, settings.EnableTargetsToSelfUpdateAccess, settings.EnableTargetsToSelfRemoveAccess);
        var sentences = new List<string>
        {
            self.Count == 0
                ? "Requestors cannot ask for access themselves."
                : $"Requestors can {SubjectNames.JoinPhrases(self)} themselves.",
            ScheduleSentence(settings),
        };
        return OnBehalf(settings, sentences);
    }

    private static List<string> OnBehalf(RequestorSettingsDraft settings, List<string> sentences)
    {
        var onBehalf = Actions(settings.EnableOnBehalfRequestorsToAddAccess, settings.EnableOnBehalfRequestorsToUpdateAccess, settings.EnableOnBehalfRequestorsToRemoveAccess);
        sentences.Add(onBehalf.Count == 0 || settings.OnBehalfRequestors.Count == 0
            ? "Nobody can request on behalf of others."
            : $"{SummaryWords.Capitalize(SubjectNames.Join(settings.OnBehalfRequestors))} can {SubjectNames.JoinPhrases(onBehalf)} on behalf of others.");
        return sentences;
    }

    private static string ScheduleSentence(RequestorSettingsDraft settings) => settings.AllowCustomAssignmentSchedule
        ? "Requests can set their own start and end dates."
        : "Requests cannot set their own start and end dates.";

    private static List<string> Actions(bool add, bool update, bool remove)
    {
        var actions = new List<string>();
        if (add)
        {
            actions.Add("request access");
        }

        if (update)
        {
            actions.Add("extend or change it");
        }

        if (remove)
        {
            actions.Add(add || update ? "remove it" : "remove access");
        }

        return actions;
    }
}
