using System.Globalization;
using System.Text.RegularExpressions;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;
using PolicyPortal.Core.Text;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Core.Lint;

/// <summary>
/// Checks the policies of one access package against good practice and against each other: policies competing for the
/// same requestors, external access without approval or review, approval that can stall, default names, the policy
/// limit and reviews that outlast their cycle. Unlike the validator, nothing here stops a submit.
/// </summary>
public static partial class PolicyLint
{
    /// <summary>
    /// PolicyPortal's own advice, not a Graph limit: Graph documents none ("An access package can have zero or more
    /// policies", accessPackageAssignmentPolicy resource page), but requestors pick a policy from a list by name.
    /// </summary>
    public const int ManyPoliciesAdvice = 10;

    /// <summary>
    /// Findings for <paramref name="packagePolicies"/>; <paramref name="candidate"/> (the draft being edited) replaces
    /// the policy with the same id, or joins the list when it is new.
    /// </summary>
    public static IReadOnlyList<LintFinding> Check(IReadOnlyList<PolicyDraft> packagePolicies, PolicyDraft? candidate = null)
    {
        ArgumentNullException.ThrowIfNull(packagePolicies);
        var policies = candidate is null ? [.. packagePolicies] : packagePolicies.With(candidate);

        var findings = new List<LintFinding>();
        if (policies.Count > ManyPoliciesAdvice)
        {
            findings.Add(new LintFinding(LintSeverity.Warning, LintRules.TooManyPolicies, null, null,
                string.Create(CultureInfo.InvariantCulture, $"This access package has {policies.Count} policies. Graph sets no limit, but more than {ManyPoliciesAdvice} (PolicyPortal's advice, not a Graph rule) is hard for requestors to choose from by name. Merge policies that differ only in details, or move some audiences to another package."),
                WizardStep.Basics, PolicyPaths.AccessPackage));
        }

        for (var i = 0; i < policies.Count; i++)
        {
            findings.AddRange(Single(policies[i]));
            for (var j = 0; j < i; j++)
            {
                if (Populations.Overlap(policies[j], policies[i]) is { } why)
                {
                    findings.Add(Finding(policies[i], LintSeverity.Warning, LintRules.ShadowedPopulation, WizardStep.WhoCanRequest, PolicyPaths.AllowedTargetScope,
                        $"Overlaps with the policy \"{Name(policies[j])}\": {why}. People in both see two policies and pick the easier one, so the stricter approval, questions or expiration can be side-stepped. Narrow one scope, or merge the two."));
                }
            }
        }

        return findings;
    }

    private static IEnumerable<LintFinding> Single(PolicyDraft policy)
    {
        var external = IsExternal(policy.AllowedTargetScope);
        if (external && !policy.RequestApproval.IsApprovalRequiredForAdd && !policy.IsAutoAssignment)
        {
            yield return Finding(policy, LintSeverity.Warning, LintRules.ExternalWithoutApproval, WizardStep.Approval, PolicyPaths.IsApprovalRequiredForAdd,
                $"{AllowedTargetScopes.Title(policy.AllowedTargetScope)} can get access without anyone approving. People from outside your organization then reach your resources unchecked; require at least one approval stage.");
        }

        var neverExpires = policy.Expiration.Kind is ExpirationKind.NoExpiration or ExpirationKind.NotSpecified;
        if ((external || neverExpires) && !policy.ReviewSettings.IsEnabled)
        {
            var what = external && neverExpires ? "External access that never expires" : external ? "External access" : "Access that never expires";
            yield return Finding(policy, LintSeverity.Warning, LintRules.UnreviewedAccess, WizardStep.AccessReview, PolicyPaths.ReviewIsEnabled,
                $"{what} is never reviewed, so it stays after people change role or the partnership ends. Turn on recurring access reviews.");
        }

        foreach (var finding in Approvals(policy))
        {
            yield return finding;
        }

        if (IsDefaultName(policy.DisplayName))
        {
            yield return Finding(policy, LintSeverity.Info, LintRules.DefaultName, WizardStep.Basics, PolicyPaths.DisplayName,
                $"\"{policy.DisplayName.Trim()}\" is a default name. Requestors choose between policies by name, so say who it is for (e.g. \"Contractors – manager approval\").");
        }

        var review = policy.ReviewSettings;
        if (review.IsEnabled && ShortestCycleInDays(review) is { } cycle && review.Duration.TotalDays > cycle)
        {
            yield return Finding(policy, LintSeverity.Warning, LintRules.ReviewLongerThanFrequency, WizardStep.AccessReview, PolicyPaths.ReviewDuration,
                string.Create(CultureInfo.InvariantCulture, $"Each review is open for {SummaryWords.Duration(review.Duration)} but a new one starts {SummaryWords.Frequency(review)} (as soon as {cycle} days later), so reviews overlap and decisions in the old one can be overridden. Shorten the review or review less often."));
        }

        foreach (var finding in Shape(policy))
        {
            yield return finding;
        }
    }

    /// <summary>What Graph documents neither way: worth a word, never a refusal.</summary>
    private static IEnumerable<LintFinding> Shape(PolicyDraft policy)
    {
        if (string.IsNullOrWhiteSpace(policy.Description))
        {
            yield return Finding(policy, LintSeverity.Info, LintRules.NoDescription, WizardStep.Basics, PolicyPaths.Description,
                "The policy has no description. Requestors see it in My Access when they choose a policy; say who it is for and how access is granted.");
        }

        if (!AllowedTargetScopes.IsSpecific(policy.AllowedTargetScope) && policy.SpecificAllowedTargets.Count > 0)
        {
            yield return Finding(policy, LintSeverity.Warning, LintRules.TargetsBesideAllScope, WizardStep.WhoCanRequest, PolicyPaths.SpecificAllowedTargets,
                $"\"{AllowedTargetScopes.Title(policy.AllowedTargetScope)}\" already says who can request, yet the policy also lists {policy.SpecificAllowedTargets.Count} specific entries. Graph's docs pair \"all\" scopes with an empty list; remove the entries, or choose a \"specific\" scope.");
        }

        var stages = policy.RequestApproval.Stages;
        for (var i = 0; i < stages.Count; i++)
        {
            if (!stages[i].IsEscalationEnabled && (stages[i].EscalationApprovers.Count > 0 || stages[i].FallbackEscalationApprovers.Count > 0))
            {
                yield return Finding(policy, LintSeverity.Warning, LintRules.UnusedEscalationApprovers, WizardStep.Approval,
                    PolicyPaths.Member(PolicyPaths.Stage(i), nameof(ApprovalStageDraft.EscalationApprovers)),
                    string.Create(CultureInfo.InvariantCulture, $"Stage {i + 1} lists alternate approvers but escalation is off, so they are never asked. Turn escalation on, or remove them."));
            }
        }

        foreach (var (step, path, what, text) in TextsRequestorsRead(policy))
        {
            if (BidiControls.Any(text))
            {
                yield return Finding(policy, LintSeverity.Warning, LintRules.HiddenDirectionControls, step, path,
                    $"The {what} holds an invisible direction control, shown here as its code: “{BidiControls.Reveal(text)}”. It makes the text display in another order than it is written (in My Access, the admin center and here); remove it unless the language needs it.");
            }
        }

        var settings = policy.CustomExtensionStageSettings;
        foreach (var repeated in settings.GroupBy(setting => setting.Stage).Where(group => group.Count() > 1))
        {
            yield return Finding(policy, LintSeverity.Warning, LintRules.RepeatedCustomExtensionStage, WizardStep.Lifecycle, PolicyPaths.CustomExtensionStageSettings,
                $"{repeated.Count()} custom extensions run at the same stage ({repeated.Key}). Graph documents no rule against it, but they run in no stated order; combine them into one Logic App if the order matters.");
        }
    }

    private static IEnumerable<(WizardStep Step, string Path, string What, string? Text)> TextsRequestorsRead(PolicyDraft policy)
    {
        yield return (WizardStep.Basics, PolicyPaths.DisplayName, "name", policy.DisplayName);
        yield return (WizardStep.Basics, PolicyPaths.Description, "description", policy.Description);
        for (var i = 0; i < policy.Questions.Count; i++)
        {
            yield return (WizardStep.Questions, PolicyPaths.Question(i), string.Create(CultureInfo.InvariantCulture, $"text of question {i + 1}"), policy.Questions[i].Text);
        }
    }

    private static IEnumerable<LintFinding> Approvals(PolicyDraft policy)
    {
        var approval = policy.RequestApproval;
        if (approval.IsApprovalRequired)
        {
            for (var i = 0; i < approval.Stages.Count; i++)
            {
                var stage = approval.Stages[i];
                var path = PolicyPaths.Stage(i);
                var label = string.Create(CultureInfo.InvariantCulture, $"Stage {i + 1}");
                var escalates = stage.IsEscalationEnabled && stage.EscalationApprovers.Count > 0;
                if (stage.PrimaryApprovers is [{ Kind: SubjectKind.User } only] && stage.FallbackPrimaryApprovers.Count == 0 && !escalates)
                {
                    yield return Finding(policy, LintSeverity.Warning, LintRules.SingleApproverWithoutFallback, WizardStep.Approval, PolicyPaths.Member(path, nameof(ApprovalStageDraft.FallbackPrimaryApprovers)),
                        $"{label} is approved by {SubjectNames.Phrase(only)} alone, with no fallback or escalation. When that person is away, requests wait and are denied after {SummaryWords.Duration(stage.DurationBeforeAutomaticDenial)}. Add a fallback approver or a group.");
                }

                if (stage.PrimaryApprovers.FirstOrDefault(s => SubjectKinds.NeedsFallback(s.Kind)) is { } dynamic && stage.FallbackPrimaryApprovers.Count == 0)
                {
                    yield return Finding(policy, LintSeverity.Warning, LintRules.ManagerOrSponsorWithoutFallback, WizardStep.Approval, PolicyPaths.Member(path, nameof(ApprovalStageDraft.FallbackPrimaryApprovers)),
                        $"{label} is approved by {SubjectNames.Phrase(dynamic)}, with no fallback approver. Requestors without one are decided by the other approvers of the stage only; add a fallback approver so someone who knows them decides.");
                }

                if (stage.IsEscalationEnabled && stage.EscalationApprovers.FirstOrDefault(s => SubjectKinds.NeedsFallback(s.Kind)) is { } alternate && stage.FallbackEscalationApprovers.Count == 0)
                {
                    yield return Finding(policy, LintSeverity.Warning, LintRules.ManagerOrSponsorWithoutFallback, WizardStep.Approval, PolicyPaths.Member(path, nameof(ApprovalStageDraft.FallbackEscalationApprovers)),
                        $"{label} escalates to {SubjectNames.Phrase(alternate)}, with no fallback. Requestors without one get no escalation at all; add a fallback alternate approver.");
                }
            }
        }

        var review = policy.ReviewSettings;
        if (review.IsEnabled && review.ReviewerType == ReviewerType.Manager && review.FallbackReviewers.Count == 0)
        {
            yield return Finding(policy, LintSeverity.Warning, LintRules.ManagerOrSponsorWithoutFallback, WizardStep.AccessReview, PolicyPaths.FallbackReviewers,
                "Managers review access, with no fallback reviewer. Assignments of users without a manager are then never reviewed; add a fallback reviewer.");
        }
    }

    /// <summary>Scopes that let people from outside the organization in: connected organizations, all external users, and all users including guests.</summary>
    public static bool IsExternal(AllowedTargetScope scope) =>
        AllowedTargetScopes.IsConnectedOrganization(scope) || scope == AllowedTargetScope.AllDirectoryUsers;

    /// <summary>Names that the portals and people give a policy before they think about it.</summary>
    public static bool IsDefaultName(string? name) => string.IsNullOrWhiteSpace(name) || DefaultNamePattern().IsMatch(name.Trim());

    /// <summary>The shortest time between two review starts (e.g. 28 days for monthly: February), or null when unknown.</summary>
    internal static int? ShortestCycleInDays(ReviewSettingsDraft review) => review.RecurrenceType switch
    {
        ReviewRecurrenceType.Weekly => 7 * Math.Max(1, review.RecurrenceInterval),
        ReviewRecurrenceType.Daily => Math.Max(1, review.RecurrenceInterval),
        ReviewRecurrenceType.AbsoluteMonthly or ReviewRecurrenceType.RelativeMonthly => ShortestMonths(Math.Max(1, review.RecurrenceInterval)),
        ReviewRecurrenceType.AbsoluteYearly or ReviewRecurrenceType.RelativeYearly => 365 * Math.Max(1, review.RecurrenceInterval),
        _ => null,
    };

    // The fewest days in N consecutive months (a non-leap year's February makes monthly 28, quarterly 89).
    private static int ShortestMonths(int months) => Enumerable.Range(1, 12)
        .Min(start => new DateOnly(2023, start, 1).AddMonths(months).DayNumber - new DateOnly(2023, start, 1).DayNumber);

    private static string Name(PolicyDraft policy) => string.IsNullOrWhiteSpace(policy.DisplayName) ? "(unnamed)" : BidiControls.Reveal(policy.DisplayName.Trim());

    private static LintFinding Finding(PolicyDraft policy, LintSeverity severity, string rule, WizardStep step, string path, string message) =>
        new(severity, rule, policy.Id, Name(policy), message, step, path);

    [GeneratedRegex(@"^(initial|new|default|untitled|my|test)?\s*(access\s+package\s+)?(assignment\s+)?policy(\s*\(?\d+\)?)?$|^(untitled|new|default)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DefaultNamePattern();
}
