using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;

namespace PolicyPortal.Core.Requestors;

/// <summary>Works out what each policy of a package means for one requestor from what the directory says about them.
/// The scope meanings are entra-docs' (entitlement-management-access-package-request-policy.md): "all members" leaves
/// guests out, a connected organization's users are those who sign in through one of its identity sources, and "all
/// configured connected organizations" leaves out organizations that are only proposed.</summary>
public static class RequestorResolver
{
    public static RequestorResolution Resolve(IReadOnlyList<PolicyDraft> policies, RequestorFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(facts);
        var deciders = new Deciders(facts);
        return new RequestorResolution(facts.Profile, [.. policies.Select(policy => Verdict(policy, facts, deciders, now))]);
    }

    private static PolicyVerdict Verdict(PolicyDraft policy, RequestorFacts facts, Deciders deciders, DateTimeOffset now)
    {
        var (scope, why) = Scope(policy, facts);
        if (scope != ScopeMatch.Applies)
        {
            return new PolicyVerdict(policy, scope, why, [], [], null);
        }

        var approval = policy.RequestApproval;
        var stages = approval.IsApprovalRequiredForAdd
            ? approval.Stages.Select((stage, i) => new StageOutcome(i + 1,
                deciders.Resolve(stage.PrimaryApprovers, stage.FallbackPrimaryApprovers),
                stage.IsEscalationEnabled ? deciders.Resolve(stage.EscalationApprovers, stage.FallbackEscalationApprovers) : null,
                stage.DurationBeforeEscalation, stage.DurationBeforeAutomaticDenial)).ToList()
            : [];
        var questions = policy.Questions.OrderBy(q => q.Sequence)
            .Select(q => Ask(q, facts.Profile.PreferredLanguage)).ToList();
        return new PolicyVerdict(policy, scope, why, stages, questions, Review(policy.ReviewSettings, deciders, now));
    }

    private static (ScopeMatch, string) Scope(PolicyDraft policy, RequestorFacts facts)
    {
        var profile = facts.Profile;
        var name = profile.FirstName;
        if (policy.IsAutoAssignment)
        {
            return (ScopeMatch.DoesNotApply, "assigns access automatically by a rule; nobody requests under it");
        }

        switch (policy.AllowedTargetScope)
        {
            case AllowedTargetScope.AllMemberUsers:
                return profile.IsGuest
                    ? (ScopeMatch.DoesNotApply, $"is for members of the directory, and {name} is a guest")
                    : (ScopeMatch.Applies, $"lets every member of the directory request, and {name} is a member");
            case AllowedTargetScope.AllDirectoryUsers:
                return (ScopeMatch.Applies, "lets every user of the directory request, members and guests");
            case AllowedTargetScope.AllExternalUsers:
                return profile.IsGuest
                    ? (ScopeMatch.Applies, $"lets any external user request, and {name} is a guest")
                    : (ScopeMatch.DoesNotApply, $"is for external users, and {name} is a member of the directory");
            case AllowedTargetScope.SpecificDirectoryUsers:
                return SpecificUsers(policy, facts);
            case AllowedTargetScope.SpecificConnectedOrganizationUsers or AllowedTargetScope.AllConfiguredConnectedOrganizationUsers:
                return Organization(policy, facts);
            case AllowedTargetScope.NotSpecified:
                return (ScopeMatch.DoesNotApply, "takes no requests: only administrators assign access under it");
            default:
                return (ScopeMatch.DoesNotApply, $"is for {AllowedTargetScopes.Title(policy.AllowedTargetScope).ToLowerInvariant()}, not for people");
        }
    }

    private static (ScopeMatch, string) SpecificUsers(PolicyDraft policy, RequestorFacts facts)
    {
        var name = facts.Profile.FirstName;
        var targets = policy.SpecificAllowedTargets;
        if (targets.Any(t => t.Kind == SubjectKind.User && string.Equals(t.ObjectId, facts.Profile.Id, StringComparison.OrdinalIgnoreCase)))
        {
            return (ScopeMatch.Applies, $"names {name} among the users who may request");
        }

        var groups = targets.Where(t => t.Kind == SubjectKind.Group).ToList();
        if (groups.FirstOrDefault(g => g.ObjectId is { } id && facts.MemberOf.Contains(id)) is { } group)
        {
            return (ScopeMatch.Applies, $"lets {SubjectNames.Phrase(group)} request, and {name} is one of them (directly or through a nested group)");
        }
        if (groups.Count > 0 && facts.Unknown.TryGetValue(RequestorFact.Membership, out var why))
        {
            return (ScopeMatch.Unknown, why);
        }
        return (ScopeMatch.DoesNotApply, $"lets only {SubjectNames.Join(targets)} request, and {name} is not among them");
    }

    private static (ScopeMatch, string) Organization(PolicyDraft policy, RequestorFacts facts)
    {
        var name = facts.Profile.FirstName;
        var specific = policy.AllowedTargetScope == AllowedTargetScope.SpecificConnectedOrganizationUsers;
        var who = specific ? $"is for {SubjectNames.Join(policy.SpecificAllowedTargets)}" : "is for users of every configured connected organization";
        if (facts.Unknown.TryGetValue(RequestorFact.Organization, out var why))
        {
            return (ScopeMatch.Unknown, why);
        }
        if (facts.Organization is not { } organization)
        {
            return (ScopeMatch.DoesNotApply, $"{who}, and {name} is not from any connected organization");
        }

        var matches = specific
            ? policy.SpecificAllowedTargets.Any(t => string.Equals(t.ObjectId, organization.Id, StringComparison.OrdinalIgnoreCase))
            : organization.IsConfigured;
        var from = $"{name} is from {organization.DisplayName} ({organization.MatchedBy})";
        return matches ? (ScopeMatch.Applies, $"{who}, and {from}")
            : specific ? (ScopeMatch.DoesNotApply, $"{who}, and {from}")
            : (ScopeMatch.DoesNotApply, $"{who}, and {from}, which is only proposed, not configured");
    }

    private static AskedQuestion Ask(QuestionDraft question, string? language)
    {
        var (text, code) = Localized(question.Text, question.Localizations, language);
        var choices = question.Kind == QuestionKind.MultipleChoice
            ? question.Choices.Select(c => Localized(c.Text, c.Localizations, language).Text).ToList()
            : [];
        return new AskedQuestion(text, code, question.IsRequired, choices);
    }

    /// <summary>The localization for the language (exact, then the same language of another region), else the text.</summary>
    private static (string Text, string? LanguageCode) Localized(string text, IReadOnlyList<LocalizedTextDraft> localizations, string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return (text, null);
        }
        var prefix = language.Split('-')[0];
        var match = localizations.FirstOrDefault(l => string.Equals(l.LanguageCode, language, StringComparison.OrdinalIgnoreCase))
            ?? localizations.FirstOrDefault(l => string.Equals(l.LanguageCode.Split('-')[0], prefix, StringComparison.OrdinalIgnoreCase));
        return match is null ? (text, null) : (match.Text, match.LanguageCode);
    }

    private static ReviewOutcome? Review(ReviewSettingsDraft review, Deciders deciders, DateTimeOffset now)
    {
        if (!review.IsEnabled)
        {
            return null;
        }
        var reviewers = review.ReviewerType switch
        {
            ReviewerType.Manager => deciders.Resolve([Subject.RequestorManager(RequestorNeeds.ReviewManagerLevel(review))], review.FallbackReviewers),
            ReviewerType.Specific => deciders.Resolve(review.PrimaryReviewers, []),
            _ => new DeciderSet([], [], [], []),
        };
        return new ReviewOutcome(ReviewSchedule.FirstAfter(review, now), review.ReviewerType == ReviewerType.Self, reviewers);
    }
}
