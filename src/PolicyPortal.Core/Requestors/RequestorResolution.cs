using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Requestors;

/// <summary>What a policy means for one requestor: whether they may request under it, who decides, what they are asked,
/// what they get and when they are reviewed.</summary>
public sealed record RequestorResolution(RequestorProfile Requestor, IReadOnlyList<PolicyVerdict> Verdicts)
{
    /// <summary>The policies the requestor may choose from.</summary>
    public IReadOnlyList<PolicyVerdict> Applicable => [.. Verdicts.Where(v => v.Scope == ScopeMatch.Applies)];
}

/// <summary>Whether a policy's scope takes the requestor in.</summary>
public enum ScopeMatch
{
    Applies,
    DoesNotApply,

    /// <summary>A fact the scope depends on could not be read.</summary>
    Unknown,
}

/// <param name="Why">The scope rule and the fact it met, as a clause: "lets every member of the directory request".</param>
/// <param name="FirstReview">Null when the policy's assignments are not reviewed.</param>
public sealed record PolicyVerdict(
    PolicyDraft Policy, ScopeMatch Scope, string Why, IReadOnlyList<StageOutcome> Stages, IReadOnlyList<AskedQuestion> Questions, ReviewOutcome? FirstReview);

/// <summary>One approval stage for this requestor.</summary>
/// <param name="Escalation">Who is added when the primary approvers have not decided in time; null without escalation.</param>
public sealed record StageOutcome(int Number, DeciderSet Approvers, DeciderSet? Escalation, PolicyDuration EscalationAfter, PolicyDuration DeniedAfter);

/// <summary>The people a list of approvers or reviewers comes to for this requestor, with its fallback.</summary>
/// <param name="People">Who decides; empty when no entry could be found (then the fallback decides).</param>
/// <param name="NotFound">Why entries came to nobody: "Ana has no manager".</param>
/// <param name="Unknown">Why PolicyPortal could not tell (a fact it was not allowed to read).</param>
/// <param name="Fallback">The fallback entries resolved; they decide only when <see cref="People"/> is empty.</param>
public sealed record DeciderSet(IReadOnlyList<Decider> People, IReadOnlyList<string> NotFound, IReadOnlyList<string> Unknown, IReadOnlyList<Decider> Fallback)
{
    /// <summary>True when none of the primary entries comes to anyone and nothing was left unread: the fallback decides.</summary>
    public bool FallbackUsed => People.Count == 0 && Unknown.Count == 0;
}

/// <summary>One person or group who decides.</summary>
/// <param name="Role">Why they decide, for entries that are not named in the policy: "Ana's manager".</param>
/// <param name="Group">Size and first members when the decider is a group.</param>
public sealed record Decider(string Name, string? Role, GroupFacts? Group);

/// <summary>A question as the requestor would read it.</summary>
/// <param name="LanguageCode">The localization used, or null for the policy's own text.</param>
public sealed record AskedQuestion(string Text, string? LanguageCode, bool IsRequired, IReadOnlyList<string> Choices);

/// <summary>The first access review the requestor's assignment would meet.</summary>
/// <param name="Starts">Null when the schedule has no review left, or no start date yet.</param>
public sealed record ReviewOutcome(DateTimeOffset? Starts, bool IsSelfReview, DeciderSet Reviewers);
