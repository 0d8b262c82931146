using System.Globalization;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Core.Requestors;

/// <summary>A resolution in plain English, as an admin would explain it to the requestor: "Ana's request goes to Megan
/// Bowen (Ana's manager). It is denied on day 14 if nobody decides."</summary>
public static class RequestorSummary
{
    private const int NamesShown = 3;

    /// <summary>Which policies the requestor may choose from, and whether they compete.</summary>
    public static string Headline(RequestorResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var name = resolution.Requestor.FirstName;
        var applicable = resolution.Applicable;
        var unknown = resolution.Verdicts.Count(v => v.Scope == ScopeMatch.Unknown);
        var untold = unknown == 0 ? "" : $" PolicyPortal could not tell for {PolicyCount(unknown)}: see below.";
        return applicable.Count switch
        {
            0 => $"{name} cannot request this package: none of its {PolicyCount(resolution.Verdicts.Count)} lets {name} request.{untold}",
            1 => $"{name} can request this package under one policy: {Quoted(applicable[0])}.{untold}",
            _ => $"{name} can choose between {applicable.Count} policies: {SubjectNames.JoinPhrases([.. applicable.Select(Quoted)])}. They compete: {name} sees them all in My Access and may pick the easiest to pass.{untold}",
        };
    }

    /// <summary>What one policy means for the requestor, sentence by sentence: approval, questions, access and review.</summary>
    public static IReadOnlyList<string> Sentences(PolicyVerdict verdict, RequestorProfile requestor)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(requestor);
        var name = requestor.FirstName;
        if (verdict.Scope != ScopeMatch.Applies)
        {
            return [verdict.Scope == ScopeMatch.Unknown ? $"PolicyPortal could not tell whether {name} may request under it: {verdict.Why}" : $"Not for {name}: it {verdict.Why}."];
        }

        var policy = verdict.Policy;
        List<string> sentences = [$"{name} may request under it: it {verdict.Why}."];
        if (verdict.Stages.Count == 0)
        {
            sentences.Add($"{name} gets access as soon as the request is sent: no approval is needed.");
        }
        foreach (var stage in verdict.Stages)
        {
            sentences.Add((verdict.Stages.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"Stage {stage.Number}: ") : "") + Stage(stage, name));
        }

        sentences.Add(policy.RequestApproval.IsRequestorJustificationRequired
            ? $"{name} must give a business justification."
            : "No justification is asked.");
        sentences.AddRange(Questions(verdict.Questions, requestor));
        sentences.Add(Expiration(policy, name));
        if (verdict.FirstReview is { } review)
        {
            sentences.Add(Review(review, name));
        }
        return sentences;
    }

    private static string Stage(StageOutcome stage, string name)
    {
        var text = Goes(stage.Approvers, $"{name}'s request goes to", "approvers");
        if (stage.Escalation is { } escalation)
        {
            var waiting = stage.Approvers.People is [{ Group: null } only] ? $"{RequestorProfile.FirstWord(only.Name)} has not" : "nobody has";
            var whom = escalation.People.Count > 0 ? Join(escalation.People)
                : escalation.Unknown.Count > 0 ? $"alternate approvers PolicyPortal cannot tell ({string.Join(" ", escalation.Unknown)})"
                : escalation.Fallback.Count > 0 ? $"the fallback alternate approvers, {Join(escalation.Fallback)} ({Reasons(escalation)})"
                : $"nobody ({Reasons(escalation)})";
            text += $" If {waiting} decided in {SummaryWords.Duration(stage.EscalationAfter)}, it also goes to {whom}.";
        }
        var denied = stage.DeniedAfter.Unit == DurationUnit.Days
            ? string.Create(CultureInfo.InvariantCulture, $"on day {stage.DeniedAfter.Value}")
            : "after " + SummaryWords.Duration(stage.DeniedAfter);
        return text + $" It is denied {denied} if nobody decides.";
    }

    /// <summary>"X's request goes to A and B." or why it goes to the fallback, or why nobody can tell.</summary>
    private static string Goes(DeciderSet set, string lead, string fallbackWord)
    {
        if (set.People.Count > 0)
        {
            var missing = set.NotFound.Count == 0 ? "" : $" ({SummaryWords.Capitalize(Reasons(set))}.)";
            return $"{lead} {Join(set.People)}.{missing}";
        }
        if (set.Unknown.Count > 0)
        {
            var fallback = set.Fallback.Count == 0 ? "" : $" If nobody on the list can be found, the fallback {fallbackWord} decide: {Join(set.Fallback)}.";
            return $"PolicyPortal cannot tell who decides: {string.Join(" ", set.Unknown)}{fallback}";
        }
        return set.Fallback.Count > 0
            ? $"{SummaryWords.Capitalize(Reasons(set))}, so it goes to the fallback {fallbackWord}: {Join(set.Fallback)}."
            : $"{SummaryWords.Capitalize(Reasons(set))}, and there are no fallback {fallbackWord}, so nobody can decide.";
    }

    private static IEnumerable<string> Questions(IReadOnlyList<AskedQuestion> questions, RequestorProfile requestor)
    {
        if (questions.Count == 0)
        {
            yield break;
        }
        var language = questions.Select(q => q.LanguageCode).FirstOrDefault(code => code is not null);
        var shown = language is null ? "" : $", shown in {language} ({requestor.FirstName}'s preferred language; My Access picks the translation by the browser's language)";
        yield return $"{requestor.FirstName} answers {SummaryWords.Count(questions.Count, "question")}{shown}:";
        foreach (var question in questions)
        {
            var choices = question.Choices.Count == 0 ? "" : $" Choices: {string.Join(", ", question.Choices.Select(SummaryWords.Quote))}.";
            yield return $"{SummaryWords.Quote(question.Text)} ({(question.IsRequired ? "required" : "optional")}).{choices}";
        }
    }

    private static string Expiration(PolicyDraft policy, string name)
    {
        var expiration = policy.Expiration;
        var text = expiration.Kind switch
        {
            ExpirationKind.AfterDuration => $"Access lasts {SummaryWords.Duration(expiration.Duration)} from when it is granted.",
            ExpirationKind.OnDate when expiration.EndDateTime is { } end => $"Access ends on {SummaryWords.DateTime(end)}.",
            ExpirationKind.NoExpiration => "Access never expires.",
            _ => "The policy sets no expiration.",
        };
        return policy.RequestorSettings.AllowCustomAssignmentSchedule ? $"{text} {name} may ask for specific start and end dates." : text;
    }

    private static string Review(ReviewOutcome review, string name)
    {
        if (review.Starts is not { } starts)
        {
            return "The access is reviewed, but the review schedule has no review left to start (or no start date yet).";
        }
        var when = $"The first access review of {name}'s access starts on {SummaryWords.DateTime(starts)}";
        return review.IsSelfReview ? $"{when}; {name} reviews it (self-review)." : $"{when}. {Goes(review.Reviewers, "It goes to", "reviewers")}";
    }

    private static string Join(IEnumerable<Decider> deciders) => SubjectNames.JoinPhrases([.. deciders.Select(Phrase)]);

    private static string Phrase(Decider decider)
    {
        if (decider.Group is not { } group)
        {
            return decider.Role is null ? decider.Name : $"{decider.Name} ({decider.Role})";
        }
        var names = group.FirstMembers.Take(NamesShown).ToList();
        var more = group.MemberCount - names.Count;
        var list = names.Count == 0 ? "" : ": " + string.Join(", ", names) + (more > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {more} more") : "");
        var role = decider.Role is null ? "" : decider.Role + "; ";
        return $"the {decider.Name} group ({role}{SummaryWords.Count(group.MemberCount, "member")}{list})";
    }

    private static string Reasons(DeciderSet set) => SubjectNames.JoinPhrases(set.NotFound);

    private static string PolicyCount(int count) => SummaryWords.Count(count, "policy", "policies");

    private static string Quoted(PolicyVerdict verdict) => SummaryWords.Quote(BidiControls.Reveal(verdict.Policy.DisplayName) ?? "");
}
