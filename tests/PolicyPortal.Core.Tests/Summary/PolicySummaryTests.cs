using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Summary;
using PolicyPortal.Core.Templates;

namespace PolicyPortal.Core.Tests.Summary;

public sealed class PolicySummaryTests
{
    private static readonly Subject Patti = Subject.User("ed7df824-8ab7-58b6-8fe3-9c3b2c1bce8e", "Patti Fernandez");
    private static readonly Subject Finance = Subject.Group("e8b6b8ff-7481-5c1c-8744-e920f82e02b9", "Finance Approvers");
    private static readonly Subject Reviewers = Subject.Group("13b69c21-6f1c-55ef-81f9-224bcfc1e256", "Partner Reviewers");

    [Fact]
    public void Describe_ExternalPartnersTemplateWithPeople_ReadsCorrectlyToAPerson()
    {
        var draft = PolicyTemplates.ExternalPartners.Create();
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers.AddRange([Patti, Finance]);
        draft.RequestApproval.Stages[1].PrimaryApprovers.AddRange([Patti, Finance]);
        draft.ReviewSettings.PrimaryReviewers.Add(Reviewers);
        draft.ReviewSettings.StartDateTime = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(1));

        var summary = PolicySummary.Describe(draft);

        summary.Title.ShouldBe("External partners");
        summary.Section(SummaryHeadings.WhoCanRequest)!.Sentences.ShouldBe(["Users from any of your configured connected organizations can request."]);
        summary.Section(SummaryHeadings.Approval)!.Sentences.ShouldBe(
        [
            "New requests need approval; extensions do not, in 2 stages.",
            "Requestors must give a justification.",
            "Stage 1: approved by the internal sponsors of the requestor's connected organization.",
            "Stage 1 fallback: if none of them can be found, the request goes to Patti Fernandez and members of Finance Approvers instead.",
            "Stage 1: approvers must justify their decision.",
            "Stage 1: if nobody decides within 14 days, the request is denied and must be made again.",
            "Stage 2: approved by Patti Fernandez and members of Finance Approvers.",
            "Stage 2: approvers must justify their decision.",
            "Stage 2: if nobody decides within 14 days, the request is denied and must be made again.",
        ]);
        summary.Section(SummaryHeadings.Expiration)!.Sentences.ShouldBe(["Access never expires."]);
        summary.Section(SummaryHeadings.AccessReview)!.Sentences.ShouldBe(
        [
            "Access is reviewed every 3 months (quarterly), starting 4 January 2027 at 08:00 UTC; each review is open for 14 days.",
            "Reviewed by members of Partner Reviewers.",
            "If nobody reviews an assignment in time, access is kept.",
            "Reviewers see recommendations.",
            "Reviewers must justify their decision.",
        ]);
        summary.ToPlainText().ShouldStartWith("External partners\n\nWho can request\n- Users from any of your configured connected organizations can request.\n");
    }

    [Fact]
    public void Describe_NamesWithDirectionControls_ShowTheControlsAsCodes()
    {
        var draft = new PolicyDraft { DisplayName = "Partners‮exe.fdp", AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers };
        draft.SpecificAllowedTargets.Add(new Subject(SubjectKind.User) { ObjectId = "u-1", DisplayName = "Adele‮ecnav" });

        var summary = PolicySummary.Describe(draft);

        summary.Title.ShouldBe("Partners[U+202E]exe.fdp");
        summary.Section(SummaryHeadings.WhoCanRequest)!.Sentences.ShouldContain(s => s.Contains("Adele[U+202E]ecnav", StringComparison.Ordinal));
        summary.ToPlainText().ShouldNotContain("‮");
    }

    [Fact]
    public void Describe_SubjectWithoutDisplayName_IsNamedByKindAndFlaggedUnresolved()
    {
        var draft = new PolicyDraft { AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers };
        draft.SpecificAllowedTargets.Add(Subject.Group("10000000-0000-0000-0000-000000000001"));

        PolicySummary.Describe(draft).Section(SummaryHeadings.WhoCanRequest)!.Sentences
            .ShouldBe(["Only these users can request: members of a group (unresolved id 10000000-0000-0000-0000-000000000001)."]);
    }

    [Fact]
    public void Describe_AutoAssignmentWithGracePeriod_SaysNobodyRequestsAndWhenAccessIsRemoved()
    {
        var draft = PolicyTemplates.AutoAssignByDepartment.Create();
        draft.AutomaticRequestSettings.GracePeriodBeforeAccessRemoval = PolicyDuration.Days(7);

        PolicySummary.WhoCanRequest(draft).ShouldBe(
        [
            "Nobody requests this access: it is assigned automatically to Users in the Sales department (users matching (user.department -eq \"Sales\")).",
            "Access is removed 7 days after someone stops matching.",
        ]);
    }

    [Fact]
    public void Describe_DirectAssignment_SaysAdminsAssignAndNoApproval()
    {
        var summary = PolicySummary.Describe(PolicyTemplates.DirectAssignmentOnly.Create());

        summary.Section(SummaryHeadings.WhoCanRequest)!.Sentences.ShouldBe(["Nobody can request this access: administrators assign it directly."]);
        summary.Section(SummaryHeadings.Approval)!.Sentences.ShouldBe(["Requests are granted without approval."]);
    }

    [Fact]
    public void Describe_RequestorOptions_ListsSelfServiceScheduleAndOnBehalf()
    {
        var draft = new PolicyDraft
        {
            RequestorSettings = new RequestorSettingsDraft
            {
                EnableTargetsToSelfAddAccess = true,
                EnableTargetsToSelfUpdateAccess = false,
                EnableTargetsToSelfRemoveAccess = true,
                AllowCustomAssignmentSchedule = true,
                EnableOnBehalfRequestorsToAddAccess = true,
                OnBehalfRequestors = [Subject.TargetManager(1), Patti],
            },
        };

        PolicySummary.RequestorOptions(draft).ShouldBe(
        [
            "Requestors can request access and remove it themselves.",
            "Requests can set their own start and end dates.",
            "The user's manager and Patti Fernandez can request access on behalf of others.",
        ]);
    }

    [Fact]
    public void Describe_StageWithEscalationAndVisibility_NamesAlternateApproversAndTimeouts()
    {
        var stage = new ApprovalStageDraft
        {
            PrimaryApprovers = [Subject.RequestorManager(2)],
            FallbackPrimaryApprovers = [Patti],
            IsApproverJustificationRequired = false,
            IsEscalationEnabled = true,
            DurationBeforeEscalation = PolicyDuration.Days(2),
            DurationBeforeAutomaticDenial = PolicyDuration.Days(7),
            EscalationApprovers = [Finance],
            FallbackEscalationApprovers = [Reviewers],
            ApproverInformationVisibility = ApproverInformationVisibility.NotVisible,
        };

        PolicySummary.Stage(1, stage).ShouldBe(
        [
            "Stage 1: approved by the requestor's second-level manager.",
            "Stage 1 fallback: if none of them can be found, the request goes to Patti Fernandez instead.",
            "Stage 1: approvers do not need to justify their decision.",
            "Stage 1 escalation: if nobody decides within 2 days, the request also goes to members of Finance Approvers (or, if they can't be found, members of Partner Reviewers).",
            "Stage 1: if nobody decides within 7 days, the request is denied and must be made again.",
            "Stage 1: requestors cannot see who their approvers are.",
        ]);
    }

    [Fact]
    public void Describe_Questions_GivesTextRequiredAndChoicesInOrder()
    {
        var questions = PolicyTemplates.ContractorsWithQuestions.Create().Questions;
        questions[1].IsMultipleSelectionAllowed = true;
        questions[1].IsRequired = false;

        PolicySummary.Questions(questions).ShouldBe(
        [
            "Requestors answer 2 questions.",
            "Question 1: \u201CWhich project do you need access for?\u201D – required; short text answer; the answer must match ^[A-Za-z0-9 -]{3,}$.",
            "Question 2: \u201CWhat is your contract type?\u201D – optional; choose any of \u201CFixed term\u201D, \u201CTime and materials\u201D and \u201CVendor staff\u201D.",
        ]);
    }

    [Theory]
    [InlineData(ExpirationKind.NoExpiration, "Access never expires.")]
    [InlineData(ExpirationKind.NotSpecified, "No expiration is specified.")]
    [InlineData(ExpirationKind.OnDate, "Access expires on 1 March 2027 at 09:30 UTC.")]
    [InlineData(ExpirationKind.AfterDuration, "Access expires 8 hours after it is granted.")]
    public void Describe_Expiration_SaysWhenAccessEnds(ExpirationKind kind, string expected)
    {
        var expiration = new ExpirationDraft
        {
            Kind = kind,
            EndDateTime = new DateTimeOffset(2027, 3, 1, 10, 30, 0, TimeSpan.FromHours(1)),
            Duration = PolicyDuration.Hours(8),
        };

        PolicySummary.Expiration(expiration).ShouldBe(expected);
    }

    [Fact]
    public void Describe_StageWithOnlyFallbackApprovers_SaysRequestsGoToTheFallbackApprovers()
    {
        var stage = new ApprovalStageDraft { FallbackPrimaryApprovers = [Patti, Subject.Group("g1", "Finance Approvers")], IsApproverJustificationRequired = false };

        PolicySummary.Stage(2, stage)[0].ShouldBe(
            "Stage 2: there are no primary approvers, so requests in stage 2 go to the fallback approvers, Patti Fernandez and members of Finance Approvers.");
    }

    [Theory]
    [InlineData(ReviewRangeType.EndDate, "No review starts after 30 June 2028.")]
    [InlineData(ReviewRangeType.Numbered, "There are 4 reviews in all.")]
    public void Describe_BoundedReviewScheduleInHours_SaysWhenReviewsEndAndHowLongEachIsOpen(ReviewRangeType range, string end)
    {
        var review = new ReviewSettingsDraft
        {
            IsEnabled = true,
            Frequency = ReviewFrequency.Monthly,
            DayOfMonth = 15,
            Duration = PolicyDuration.Hours(36),
            RangeType = range,
            RangeEndDate = new DateOnly(2028, 6, 30),
            NumberOfOccurrences = 4,
            ReviewerType = ReviewerType.Self,
        };

        PolicySummary.AccessReview(review).Take(3).ShouldBe(
        [
            "Access is reviewed every month; each review is open for 36 hours.",
            "Reviews start on day 15 of the month.",
            end,
        ]);
    }

    [Fact]
    public void Describe_ManagerReviewWithFallbackAndRecommendationDecision_SaysWhoReviewsAndWhatHappens()
    {
        var review = new ReviewSettingsDraft
        {
            IsEnabled = true,
            Frequency = ReviewFrequency.Annually,
            Duration = PolicyDuration.Days(30),
            ReviewerType = ReviewerType.Manager,
            FallbackReviewers = [Patti],
            ExpirationBehavior = ReviewExpirationBehavior.AcceptAccessRecommendation,
            IsRecommendationEnabled = false,
            IsReviewerJustificationRequired = false,
        };

        PolicySummary.AccessReview(review).ShouldBe(
        [
            "Access is reviewed every year (annually); each review is open for 30 days.",
            "Reviewed by the user's manager.",
            "If the reviewers can't be found, the review goes to Patti Fernandez instead.",
            "If nobody reviews an assignment in time, the recommendation is applied (keep access if the user signed in within 30 days, remove it otherwise).",
            "Reviewers see no recommendations.",
            "Reviewers do not need to justify their decision.",
        ]);
    }

    [Fact]
    public void Describe_NoReview_SaysAccessIsNotReviewed()
    {
        PolicySummary.AccessReview(new ReviewSettingsDraft { IsEnabled = false }).ShouldBe(["Access is not reviewed."]);
    }

    [Fact]
    public void Describe_CustomExtensionsAndNotifications_SaysWhatRunsAndWhetherMailIsSent()
    {
        var draft = new PolicyDraft
        {
            CustomExtensionStageSettings = [new CustomExtensionStageSettingDraft { Stage = CustomExtensionStage.AssignmentRequestGranted, CustomExtensionId = "x", CustomExtensionDisplayName = "Provision laptop" }],
            NotificationSettings = new NotificationSettingsDraft { IsAssignmentNotificationDisabled = true },
        };

        var summary = PolicySummary.Describe(draft);

        summary.Section(SummaryHeadings.CustomExtensions)!.Sentences.ShouldBe(["The custom extension Provision laptop runs when access is granted."]);
        summary.Section(SummaryHeadings.Notifications)!.Sentences.ShouldBe(["Assignment notification e-mails are turned off for this policy."]);
    }
}
