using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Requestors;

namespace PolicyPortal.Core.Tests.Requestors;

/// <summary>Every branch of "Try as a requestor" read as the admin reads it: who may request, who decides, when the
/// fallback and escalation come in, when a request is denied, what is asked and when access is reviewed.</summary>
public sealed class RequestorSummaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly RequestorProfile Ana = new("ana", "Ana Rossi", "ana@contoso.example", IsGuest: false, null, "es-ES");
    private static readonly RequestorProfile Guest = new("kwame", "Kwame Mensah", "kwame@fabrikam.example", IsGuest: true, "fabrikam.example", null);
    private static readonly DirectoryEntry Megan = new(SubjectKind.User, "megan", "Megan Bowen", null);
    private static readonly DirectoryEntry Patti = new(SubjectKind.User, "patti", "Patti Fernandez", null);
    private static readonly Subject ItApprovers = Subject.Group("it", "IT Approvers");
    private static readonly Subject LegalHold = Subject.Group("legal", "Legal Hold Reviewers");
    private static readonly Subject Nestor = Subject.User("nestor", "Nestor Wilke");
    private static readonly GroupFacts TwelvePeople = new(12, ["Alex Wilber", "Bianca Pisani", "Carlos Ruiz"]);

    [Fact]
    public void Sentences_ManagerWithEscalationToAGroup_ReadsAsTheIssueSaysIt()
    {
        var policy = Policy(Stage([Subject.RequestorManager()], [], escalation: [ItApprovers], escalateAfterDays: 3));

        var sentences = Try(policy, Facts(Ana, managers: [Megan], groups: new() { ["it"] = TwelvePeople }));

        sentences.ShouldContain("Ana's request goes to Megan Bowen (Ana's manager). If Megan has not decided in 3 days, it also goes to the IT Approvers group (12 members: Alex Wilber, Bianca Pisani, Carlos Ruiz and 9 more). It is denied on day 14 if nobody decides.");
    }

    [Fact]
    public void Sentences_EscalationToAManagerWhoIsMissing_TheFallbackAlternateApproversAreNamedWithWhy()
    {
        var policy = Policy(Stage([Nestor], [], escalation: [Subject.RequestorManager()], escalateAfterDays: 2));
        policy.RequestApproval.Stages[0].FallbackEscalationApprovers.Add(ItApprovers);

        Try(policy, Facts(Ana, groups: new() { ["it"] = TwelvePeople })).ShouldContain(s => s.StartsWith(
            "Ana's request goes to Nestor Wilke. If Nestor has not decided in 2 days, it also goes to the fallback alternate approvers, the IT Approvers group (12 members:", StringComparison.Ordinal)
            && s.EndsWith("(Ana has no manager). It is denied on day 14 if nobody decides.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_NoManager_TheFallbackDecidesAndSaysWhy()
    {
        var policy = Policy(Stage([Subject.RequestorManager()], [Nestor]));

        Try(policy, Facts(Ana)).ShouldContain("Ana has no manager, so it goes to the fallback approvers: Nestor Wilke. It is denied on day 14 if nobody decides.");
    }

    [Fact]
    public void Sentences_ChainStopsBeforeTheSecondLevel_NamesWhereItStops()
    {
        var policy = Policy(Stage([Subject.RequestorManager(2)], [Nestor]));

        Try(policy, Facts(Ana, managers: [Patti])).ShouldContain(
            "Ana's manager chain stops at Patti Fernandez (level 1), who has no manager, so there is no second-level manager, so it goes to the fallback approvers: Nestor Wilke. It is denied on day 14 if nobody decides.");
    }

    [Fact]
    public void Sentences_SecondLevelManager_IsTheSecondInTheChain()
    {
        var policy = Policy(Stage([Subject.RequestorManager(2)], [Nestor]));

        Try(policy, Facts(Ana, managers: [Megan, Patti])).ShouldContain(s => s.StartsWith("Ana's request goes to Patti Fernandez (Ana's second-level manager).", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_OwnSponsorsIncludingAGroup_EachSponsorDecides()
    {
        var policy = Policy(Stage([Subject.TargetUserSponsors()], [Nestor]), AllowedTargetScope.AllDirectoryUsers);
        var sponsors = new DirectoryEntry(SubjectKind.Group, "it", "IT Approvers", null);

        Try(policy, Facts(Guest, sponsors: [Megan, sponsors], groups: new() { ["it"] = TwelvePeople })).ShouldContain(s => s.StartsWith(
            "Kwame's request goes to Megan Bowen (Kwame's sponsor) and the IT Approvers group (Kwame's sponsor; 12 members:", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_NoSponsors_TheFallbackDecides()
    {
        var policy = Policy(Stage([Subject.TargetUserSponsors()], [Nestor]), AllowedTargetScope.AllDirectoryUsers);

        Try(policy, Facts(Guest)).ShouldContain(s => s.StartsWith("Kwame has no sponsors, so it goes to the fallback approvers: Nestor Wilke.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_InternalSponsorsOfAnOrganizationWithoutThem_TheFallbackDecides()
    {
        var policy = Policy(Stage([Subject.InternalSponsors()], [Nestor]), AllowedTargetScope.AllConfiguredConnectedOrganizationUsers);
        var fabrikam = new OrganizationFacts("fabrikam", "Fabrikam", IsConfigured: true, "signs in with the domain fabrikam.example", [], [Megan]);

        var sentences = Try(policy, Facts(Guest, organization: fabrikam));

        sentences[0].ShouldBe("Kwame may request under it: it is for users of every configured connected organization, and Kwame is from Fabrikam (signs in with the domain fabrikam.example).");
        sentences.ShouldContain(s => s.StartsWith("Fabrikam has no internal sponsors, so it goes to the fallback approvers: Nestor Wilke.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_EmptyGroupAndNoFallback_NobodyCanDecide()
    {
        var policy = Policy(Stage([LegalHold], []));

        Try(policy, Facts(Ana, groups: new() { ["legal"] = new GroupFacts(0, []) })).ShouldContain(
            "The group Legal Hold Reviewers has no members, and there are no fallback approvers, so nobody can decide. It is denied on day 14 if nobody decides.");
    }

    [Fact]
    public void Sentences_DeletedGroupBesideAPerson_ThePersonDecidesAndTheGroupIsNamedAsGone()
    {
        var policy = Policy(Stage([Nestor, Subject.Group("gone", null)], []));

        Try(policy, Facts(Ana, unreadableGroups: new() { ["gone"] = "no longer exists in the directory (it was deleted); pick another approver" })).ShouldContain(
            "Ana's request goes to Nestor Wilke. (The group with id gone no longer exists in the directory (it was deleted); pick another approver.) It is denied on day 14 if nobody decides.");
    }

    [Fact]
    public void Sentences_ManagersNotReadable_CannotTellAndNamesTheFix()
    {
        var policy = Policy(Stage([Subject.RequestorManager()], [Nestor]));
        var facts = Facts(Ana, unknown: new() { [RequestorFact.Managers] = "PolicyPortal is not allowed to read the manager chain. It needs User.Read.All." });

        Try(policy, facts).ShouldContain(
            "PolicyPortal cannot tell who decides: PolicyPortal is not allowed to read the manager chain. It needs User.Read.All. If nobody on the list can be found, the fallback approvers decide: Nestor Wilke. It is denied on day 14 if nobody decides.");
    }

    [Fact]
    public void Sentences_TwoStagesInHours_NumbersThemAndSaysHours()
    {
        var policy = Policy(Stage([Nestor], []), AllowedTargetScope.AllMemberUsers);
        policy.RequestApproval.Stages.Add(new ApprovalStageDraft { PrimaryApprovers = [Subject.User("patti", "Patti Fernandez")], DurationBeforeAutomaticDenial = PolicyDuration.Hours(36) });

        var sentences = Try(policy, Facts(Ana));

        sentences.ShouldContain("Stage 1: Ana's request goes to Nestor Wilke. It is denied on day 14 if nobody decides.");
        sentences.ShouldContain("Stage 2: Ana's request goes to Patti Fernandez. It is denied after 36 hours if nobody decides.");
    }

    [Fact]
    public void Sentences_NoApproval_AccessAtOnce()
    {
        var policy = Policy(null);

        Try(policy, Facts(Ana)).ShouldContain("Ana gets access as soon as the request is sent: no approval is needed.");
    }

    [Fact]
    public void Sentences_LocalizedQuestions_ShownInThePreferredLanguageWithChoices()
    {
        var policy = Policy(null);
        policy.RequestApproval.IsRequestorJustificationRequired = true;
        policy.Questions.Add(new QuestionDraft
        {
            Kind = QuestionKind.MultipleChoice, Text = "Which region?", Sequence = 1,
            Localizations = [new LocalizedTextDraft { LanguageCode = "es-es", Text = "¿Qué región?" }],
            Choices = [new AnswerChoiceDraft { ActualValue = "eu", Text = "Europe", Localizations = [new LocalizedTextDraft { LanguageCode = "es-MX", Text = "Europa" }] }],
        });
        policy.Questions.Add(new QuestionDraft { Text = "Why?", Sequence = 2, IsRequired = false });

        var sentences = Try(policy, Facts(Ana));

        sentences.ShouldContain("Ana must give a business justification.");
        sentences.ShouldContain("Ana answers 2 questions, shown in es-es (Ana's preferred language; My Access picks the translation by the browser's language):");
        sentences.ShouldContain("“¿Qué región?” (required). Choices: “Europa”.");
        sentences.ShouldContain("“Why?” (optional).");
    }

    [Fact]
    public void Sentences_QuarterlyManagerReview_FirstReviewAfterNowByTheManager()
    {
        var policy = Policy(null);
        policy.Expiration = new ExpirationDraft { Kind = ExpirationKind.AfterDuration, Duration = PolicyDuration.Days(365) };
        policy.ReviewSettings = new ReviewSettingsDraft
        {
            IsEnabled = true, StartDateTime = new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero), Frequency = ReviewFrequency.Quarterly,
            ReviewerType = ReviewerType.Manager, FallbackReviewers = [Nestor],
        };

        var sentences = Try(policy, Facts(Ana, managers: [Megan]));

        sentences.ShouldContain("Access lasts 365 days from when it is granted.");
        sentences.ShouldContain("The first access review of Ana's access starts on 1 January 2027 at 08:00 UTC. It goes to Megan Bowen (Ana's manager).");
    }

    [Fact]
    public void Sentences_SelfReviewWithItsLastOccurrencePast_SaysNoReviewIsLeft()
    {
        var policy = Policy(null);
        policy.ReviewSettings = new ReviewSettingsDraft
        {
            IsEnabled = true, StartDateTime = new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero), Frequency = ReviewFrequency.Monthly,
            ReviewerType = ReviewerType.Self, RangeType = ReviewRangeType.Numbered, NumberOfOccurrences = 3,
        };

        Try(policy, Facts(Ana)).ShouldContain("The access is reviewed, but the review schedule has no review left to start (or no start date yet).");
    }

    [Fact]
    public void Headline_GuestAndAMembersOnlyPolicy_CannotRequestAndEachWhy()
    {
        var members = Policy(null, AllowedTargetScope.AllMemberUsers, "Members");
        var admins = Policy(null, AllowedTargetScope.NotSpecified, "Admins assign");

        var resolution = RequestorResolver.Resolve([members, admins], Facts(Guest), Now);

        RequestorSummary.Headline(resolution).ShouldBe("Kwame cannot request this package: none of its 2 policies lets Kwame request.");
        RequestorSummary.Sentences(resolution.Verdicts[0], Guest).ShouldBe(["Not for Kwame: it is for members of the directory, and Kwame is a guest."]);
        RequestorSummary.Sentences(resolution.Verdicts[1], Guest).ShouldBe(["Not for Kwame: it takes no requests: only administrators assign access under it."]);
    }

    [Fact]
    public void Headline_TwoPoliciesTakeHerIn_TheyCompete()
    {
        var everyone = Policy(null, AllowedTargetScope.AllDirectoryUsers, "Everyone");
        var team = Policy(null, AllowedTargetScope.SpecificDirectoryUsers, "IT team");
        team.SpecificAllowedTargets.Add(ItApprovers);

        var resolution = RequestorResolver.Resolve([everyone, team], Facts(Ana, memberOf: ["it"]), Now);

        RequestorSummary.Headline(resolution).ShouldBe("Ana can choose between 2 policies: “Everyone” and “IT team”. They compete: Ana sees them all in My Access and may pick the easiest to pass.");
        resolution.Verdicts[1].Why.ShouldBe("lets members of IT Approvers request, and Ana is one of them (directly or through a nested group)");
    }

    [Fact]
    public void Headline_MembershipNotReadable_SaysItCouldNotTell()
    {
        var team = Policy(null, AllowedTargetScope.SpecificDirectoryUsers, "IT team");
        team.SpecificAllowedTargets.Add(ItApprovers);
        var facts = Facts(Ana, unknown: new() { [RequestorFact.Membership] = "PolicyPortal is not allowed to read group membership." });

        var resolution = RequestorResolver.Resolve([team], facts, Now);

        RequestorSummary.Headline(resolution).ShouldBe("Ana cannot request this package: none of its 1 policy lets Ana request. PolicyPortal could not tell for 1 policy: see below.");
        RequestorSummary.Sentences(resolution.Verdicts[0], Ana).ShouldBe(["PolicyPortal could not tell whether Ana may request under it: PolicyPortal is not allowed to read group membership."]);
    }

    [Fact]
    public void Needs_ManagerLevelsSponsorsGroupsAndOrganizations_OnlyWhatThePoliciesUse()
    {
        var policy = Policy(Stage([Subject.RequestorManager(2), ItApprovers], [Subject.TargetUserSponsors()]), AllowedTargetScope.SpecificDirectoryUsers);
        policy.SpecificAllowedTargets.Add(LegalHold);
        var directAssignment = Policy(Stage([Subject.InternalSponsors()], []), AllowedTargetScope.NotSpecified);

        var needs = RequestorNeeds.For([policy, directAssignment]);

        needs.ManagerLevels.ShouldBe(2);
        needs.Sponsors.ShouldBeTrue();
        needs.MembershipGroupIds.ShouldBe(["legal"]);
        needs.DeciderGroupIds.ShouldBe(["it"]);
        needs.Organization.ShouldBeFalse("a policy that takes no requests asks nothing of the directory");
    }

    private static List<string> Try(PolicyDraft policy, RequestorFacts facts)
    {
        var verdict = RequestorResolver.Resolve([policy], facts, Now).Verdicts.ShouldHaveSingleItem();
        verdict.Scope.ShouldBe(ScopeMatch.Applies, verdict.Why);
        return [.. RequestorSummary.Sentences(verdict, facts.Profile)];
    }

    private static PolicyDraft Policy(ApprovalStageDraft? stage, AllowedTargetScope scope = AllowedTargetScope.AllMemberUsers, string name = "Policy")
    {
        var policy = new PolicyDraft { DisplayName = name, AllowedTargetScope = scope };
        policy.RequestApproval.IsApprovalRequiredForAdd = stage is not null;
        policy.RequestApproval.Stages = stage is null ? [] : [stage];
        policy.RequestApproval.IsRequestorJustificationRequired = false;
        return policy;
    }

    private static ApprovalStageDraft Stage(List<Subject> primary, List<Subject> fallback, List<Subject>? escalation = null, int escalateAfterDays = 0) => new()
    {
        PrimaryApprovers = primary,
        FallbackPrimaryApprovers = fallback,
        IsEscalationEnabled = escalation is not null,
        EscalationApprovers = escalation ?? [],
        DurationBeforeEscalation = PolicyDuration.Days(escalateAfterDays),
    };

    private static RequestorFacts Facts(RequestorProfile profile, List<DirectoryEntry>? managers = null, List<DirectoryEntry>? sponsors = null,
        Dictionary<string, GroupFacts>? groups = null, Dictionary<string, string>? unreadableGroups = null, OrganizationFacts? organization = null,
        Dictionary<RequestorFact, string>? unknown = null, string[]? memberOf = null) => new()
    {
        Profile = profile,
        Managers = managers ?? [],
        Sponsors = sponsors ?? [],
        Groups = groups ?? [],
        UnreadableGroups = unreadableGroups ?? [],
        Organization = organization,
        Unknown = unknown ?? [],
        MemberOf = new HashSet<string>(memberOf ?? []),
    };
}
