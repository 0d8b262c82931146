using System.Text;
using System.Text.Json.Nodes;
using PolicyPortal.Core.Policies;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Graph.Tests.Support;

namespace PolicyPortal.Graph.Tests.Policies;

public sealed class PolicyJsonImportTests
{
    private const string Minimal = """{"displayName":"P","description":"D","allowedTargetScope":"allMemberUsers","accessPackage":{"id":"a"}}""";

    [Fact]
    public void Parse_DocsExample4Verbatim_WarnsFieldByFieldAndImportsTheIntendedValues()
    {
        var result = PolicyJson.Parse(Fixture.DocsExample(Fixture.Example4));

        result.Problems.Count.ShouldBe(15);
        result.Problems.ShouldAllBe(p => p.Severity == PolicyJsonProblemSeverity.Warning);
        result.Problems.Select(p => p.Path).ShouldContain("$.requestorSettings.enableTargetsToSelfAddAccess");
        result.Problems.Select(p => p.Path).ShouldContain("$.requestApprovalSettings.stages[0].isEscalationEnabled");
        result.Problems.Select(p => p.Path).ShouldContain("$.questions[1].sequence");
        var first = result.Problems.First(p => p.Path == "$.requestorSettings.enableTargetsToSelfAddAccess");
        first.Message.ShouldContain("\"true\" is text");
        first.Fix.ShouldContain("true without quotes");

        var draft = result.Draft.ShouldNotBeNull();
        draft.RequestorSettings.EnableTargetsToSelfAddAccess.ShouldBeTrue();
        draft.RequestApproval.IsApprovalRequiredForUpdate.ShouldBeTrue();
        draft.Questions.Select(q => q.Sequence).ShouldBe([1, 2]);
        draft.Questions[0].Kind.ShouldBe(QuestionKind.MultipleChoice);
        draft.Questions[0].Choices.Count.ShouldBe(5);
        JsonSemantics.ShouldMeanTheSame(PolicyJson.Serialize(draft), Fixture.Local("example-4-corrected.request.json"));
    }

    [Fact]
    public void Parse_DocsExample4ResponseWithTrailingComma_ReadsItAndWarns()
    {
        var result = PolicyJson.Parse(Fixture.DocsExample(Fixture.Example4Response));

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Severity.ShouldBe(PolicyJsonProblemSeverity.Warning);
        problem.Message.ShouldContain("line 7");
        result.Draft.ShouldNotBeNull().DisplayName.ShouldBe("A Policy With Questions");
    }

    [Theory]
    [InlineData("""{"displayName": "P", "requestorSettings": {"enableTargetsToSelfAddAccess": tr""")]
    [InlineData("""{"displayName": "P", "description": """)]
    [InlineData("{")]
    [InlineData("""{"displayName": "P" "description": "D"}""")]
    public void Parse_TruncatedOrBrokenJson_ReportsWhereAndReturnsNoDraft(string json)
    {
        var result = PolicyJson.Parse(json);

        result.Draft.ShouldBeNull();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Severity.ShouldBe(PolicyJsonProblemSeverity.Error);
        problem.Message.ShouldContain("line 1, position");
        problem.Fix.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Nothing_SaysThereIsNothingToImport(string? json)
    {
        var result = PolicyJson.Parse(json);

        result.Draft.ShouldBeNull();
        result.Problems.ShouldHaveSingleItem().Message.ShouldContain("no JSON");
    }

    [Theory]
    [InlineData("[]", "a list")]
    [InlineData("42", "42")]
    [InlineData("\"policy\"", "the text")]
    public void Parse_NotAnObject_SaysWhatItIs(string json, string described)
    {
        var result = PolicyJson.Parse(json);

        result.Draft.ShouldBeNull();
        result.Problems.ShouldHaveSingleItem().Message.ShouldContain(described);
    }

    [Theory]
    [InlineData("scopeType", "requestorSettings", "allowedTargetScope")]
    [InlineData("allowedRequestors", "requestorSettings", "specificAllowedTargets")]
    [InlineData("approvalStages", "requestApprovalSettings", "stages")]
    [InlineData("isApprovalRequired", "requestApprovalSettings", "isApprovalRequiredForAdd")]
    [InlineData("isApprovalRequiredForExtension", "requestApprovalSettings", "isApprovalRequiredForUpdate")]
    public void Parse_BetaName_SaysWhichV10NameToUse(string betaName, string parent, string v10Name)
    {
        var json = Minimal[..^1] + $",\"{parent}\":{{\"{betaName}\":[]}}}}";

        var result = PolicyJson.Parse(json);

        var problem = result.Problems.ShouldHaveSingleItem($"problems: {string.Join("; ", result.Problems)}");
        problem.Path.ShouldBe($"$.{parent}.{betaName}");
        problem.Message.ShouldContain("beta-era");
        problem.Fix.ShouldContain($"Did you mean {v10Name}");
        result.Draft.ShouldNotBeNull();
    }

    [Fact]
    public void Parse_BetaAccessPackageId_IsReadAsTheAccessPackageWithAWarning()
    {
        var result = PolicyJson.Parse("""{"displayName":"P","accessPackageId":"977c7ff4-ef8f-4910-9d31-49048ddf3120","canExtend":true}""");

        result.Draft.ShouldNotBeNull().AccessPackage.Id.ShouldBe("977c7ff4-ef8f-4910-9d31-49048ddf3120");
        result.Problems.Single(p => p.Path == "$.accessPackageId").Severity.ShouldBe(PolicyJsonProblemSeverity.Warning);
        result.Problems.Single(p => p.Path == "$.canExtend").Fix.ShouldContain("enableTargetsToSelfUpdateAccess");
    }

    [Theory]
    [InlineData("P1Y", "years")]
    [InlineData("P2W", "years, months or weeks")]
    [InlineData("P1M", "months")]
    [InlineData("14 days", "not an ISO 8601 duration")]
    [InlineData("PT30S", "seconds")]
    public void Parse_BadDuration_IsLocatedAndLeftOut(string duration, string said)
    {
        var json = Minimal[..^1] + $",\"expiration\":{{\"type\":\"afterDuration\",\"duration\":\"{duration}\"}}}}";

        var result = PolicyJson.Parse(json);

        var problem = result.Problems.ShouldHaveSingleItem($"problems: {string.Join("; ", result.Problems)}");
        problem.Path.ShouldBe("$.expiration.duration");
        problem.Severity.ShouldBe(PolicyJsonProblemSeverity.Error);
        problem.Message.ShouldContain(said);
        problem.Fix.ShouldContain("P365D");
    }

    [Fact]
    public void Parse_UnknownODataType_IsLocatedAndTheSubjectLeftOut()
    {
        var json = """{"allowedTargetScope":"specificDirectoryUsers","specificAllowedTargets":[{"@odata.type":"#microsoft.graph.singleUser","userId":"u1"},{"@odata.type":"#microsoft.graph.everyoneElse","userId":"u2"}]}""";

        var result = PolicyJson.Parse(json);

        var problem = result.Problems.ShouldHaveSingleItem($"problems: {string.Join("; ", result.Problems)}");
        problem.Path.ShouldBe("$.specificAllowedTargets[1].@odata.type");
        problem.Message.ShouldContain("everyoneElse");
        problem.Fix.ShouldContain("#microsoft.graph.singleUser");
        result.Draft.ShouldNotBeNull().SpecificAllowedTargets.ShouldHaveSingleItem().ObjectId.ShouldBe("u1");
    }

    [Fact]
    public void Parse_SubjectWithoutODataType_IsLocated()
    {
        var json = Minimal[..^1] + ""","requestorSettings":{"onBehalfRequestors":[{"userId":"u1"}]}}""";

        var result = PolicyJson.Parse(json);

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe("$.requestorSettings.onBehalfRequestors[0]");
        problem.Message.ShouldContain("no \"@odata.type\"");
    }

    [Theory]
    [InlineData("\"foo\": 1", "$.foo", "isn't a property")]
    [InlineData("\"requestorSettings\": {\"enableTargetsToSelfAddAcess\": true}", "$.requestorSettings.enableTargetsToSelfAddAcess", "isn't a property")]
    [InlineData("\"notificationSettings\": {\"isAssignmentNotificationDisabled\": \"sometimes\"}", "$.notificationSettings.isAssignmentNotificationDisabled", "must be true or false")]
    [InlineData("\"expiration\": {\"type\": \"never\"}", "$.expiration.type", "isn't a value")]
    [InlineData("\"requestApprovalSettings\": {\"stages\": {}}", "$.requestApprovalSettings.stages", "must be a list")]
    [InlineData("\"questions\": [{\"@odata.type\": \"#microsoft.graph.accessPackageTextInputQuestion\", \"sequence\": 1.5}]", "$.questions[0].sequence", "must be a whole number")]
    [InlineData("\"reviewSettings\": {\"schedule\": {\"startDateTime\": \"next monday\"}}", "$.reviewSettings.schedule.startDateTime", "must be a UTC date")]
    [InlineData("\"accessPackage@odata.bind\": \"/identityGovernance/entitlementManagement/accessPackages/a\"", "$.accessPackage@odata.bind", "isn't how")]
    public void Parse_WrongOrUnknownMember_IsReportedAtItsPath(string member, string path, string said)
    {
        var json = Minimal[..^1] + "," + member + "}";

        var result = PolicyJson.Parse(json);

        // Defaults the partial snippets leave to PolicyPortal are listed too; this test is about the error.
        var problem = result.Problems.Where(p => p.Severity == PolicyJsonProblemSeverity.Error).ShouldHaveSingleItem($"problems: {string.Join("; ", result.Problems)}");
        problem.Path.ShouldBe(path);
        problem.Severity.ShouldBe(PolicyJsonProblemSeverity.Error);
        problem.Message.ShouldContain(said);
        result.Draft.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("\"DisplayName\": \"Q\"", "$.DisplayName", "capitals")]
    [InlineData("\"allowedTargetScope\": \"AllMemberUsers\"", "$.allowedTargetScope", "read as \"allMemberUsers\"")]
    [InlineData("\"questions\": [{\"@odata.type\": \"#microsoft.graph.accessPackageTextInputQuestion\", \"sequence\": 1, \"text\": 42}]", "$.questions[0].text", "must be a JSON string")]
    [InlineData("\"expiration\": {\"type\": \"afterDateTime\", \"endDateTime\": \"2027-01-01T10:00:00+02:00\"}", "$.expiration.endDateTime", "2027-01-01T08:00:00Z")]
    public void Parse_FixableMember_IsCorrectedWithAWarning(string member, string path, string said)
    {
        var scope = member.Contains("allowedTargetScope", StringComparison.Ordinal) ? "" : "\"allowedTargetScope\":\"allMemberUsers\",";
        var json = """{"description":"D","accessPackage":{"id":"a"},""" + scope + member + "}";

        var result = PolicyJson.Parse(json);

        var problem = result.Problems.ShouldHaveSingleItem($"problems: {string.Join("; ", result.Problems)}");
        problem.Path.ShouldBe(path);
        problem.Severity.ShouldBe(PolicyJsonProblemSeverity.Warning);
        problem.Message.ShouldContain(said);
    }

    [Theory]
    [InlineData("\"expiration\": {{\"type\": \"{0}\"}}")]
    [InlineData("\"{0}\": 1")]
    [InlineData("\"expiration\": {{\"duration\": \"P{0}\"}}")]
    public void Parse_HugePastedValue_IsQuotedShortInItsMessage(string member)
    {
        var huge = new string('x', 100_000) + "😀";
        var json = Minimal[..^1] + "," + string.Format(System.Globalization.CultureInfo.InvariantCulture, member, huge) + "}";

        var result = PolicyJson.Parse(json);

        var problem = result.Problems.ShouldHaveSingleItem($"problems: {string.Join("; ", result.Problems.Select(p => p.Message[..Math.Min(200, p.Message.Length)]))}");
        problem.Message.Length.ShouldBeLessThan(400, "a message quotes a short excerpt of what was pasted, not all of it");
        problem.Message.ShouldContain("xxx…");
    }

    [Fact]
    public void Parse_NullsReadOnlyMembersAndAnnotations_AreAcceptedSilently()
    {
        const string Json = """
            {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#x","id":"p1","createdDateTime":"2022-09-30T20:32:07.1949218Z",
             "modifiedDateTime":null,"displayName":"P","allowedTargetScope":"allMemberUsers","automaticRequestSettings":null,"catalog":{"id":"c"},
             "expiration":{"endDateTime":null,"duration":null,"type":"noExpiration"},
             "accessPackage":{"id":"a","displayName":"Sales","isHidden":false},
             "requestApprovalSettings":{"stages":[{"durationBeforeAutomaticDenial":"P14D","primaryApprovers":[{"@odata.type":"#microsoft.graph.singleUser","userId":"u","description":"Ann Lee"}]}]}}
            """;

        var result = PolicyJson.Parse(Json);

        result.Problems.ShouldBeEmpty();
        var draft = result.Draft.ShouldNotBeNull();
        draft.Id.ShouldBe("p1");
        draft.AccessPackage.DisplayName.ShouldBe("Sales");
        draft.RequestApproval.Stages[0].PrimaryApprovers[0].DisplayName.ShouldBe("Ann Lee");
    }

    [Fact]
    public void Parse_DuplicateProperty_IsLocatedAndNothingIsGuessed()
    {
        var result = PolicyJson.Parse("""{"displayName": "A", "requestApprovalSettings": {"stages": [{"isEscalationEnabled": true, "isEscalationEnabled": false}]}}""");

        result.Draft.ShouldBeNull();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe("$.requestApprovalSettings.stages[0].isEscalationEnabled");
        problem.Message.ShouldContain("appears more than once");
    }

    [Fact]
    public void Parse_DeepNesting_IsRefusedWithAClearError()
    {
        var json = """{"displayName":"P","foo":""" + new string('[', 500) + new string(']', 500) + "}";

        var result = PolicyJson.Parse(json);

        result.Draft.ShouldBeNull();
        result.Problems.ShouldHaveSingleItem().Message.ShouldContain("nests deeper than 64");
    }

    [Fact]
    public void Parse_HugeInput_IsRefusedWithoutReadingIt()
    {
        var builder = new StringBuilder("""{"displayName":"P","description":" """);
        builder.Append('x', PolicyJson.MaxInputLength).Append("\"}");

        var result = PolicyJson.Parse(builder.ToString());

        result.Draft.ShouldBeNull();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Message.ShouldContain("characters long");
        problem.Fix.ShouldContain("single policy");
    }

    [Fact]
    public void Parse_ManyUnknownMembers_ReportsEachAndStillImports()
    {
        var members = string.Join(",", Enumerable.Range(0, 200).Select(i => $"\"extra{i}\":{i}"));

        var result = PolicyJson.Parse(Minimal[..^1] + "," + members + "}");

        result.Problems.Count.ShouldBe(200);
        result.Problems.Select(p => p.Path).Distinct().Count().ShouldBe(200);
        result.Draft.ShouldNotBeNull().DisplayName.ShouldBe("P");
    }

    [Fact]
    public void Parse_RandomText_NeverThrows()
    {
        var random = new Random(4);
        var pieces = new[] { "{", "}", "[", "]", ",", ":", "\"displayName\"", "\"stages\"", "\"@odata.type\"", "null", "true", "\"P1Y\"", "1", "\"x\"", "\"requestApprovalSettings\"" };
        for (var i = 0; i < 500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            var result = Should.NotThrow(() => PolicyJson.Parse(text));

            (result.Draft is not null || result.Problems.Count > 0).ShouldBeTrue(text);
        }
    }

    [Theory]
    [InlineData("$.requestApprovalSettings.stages[0].isEscalationEnabled", "approval")]
    [InlineData("$.accessPackageId", "basics")]
    [InlineData("$.reviewSettings.schedule.startDateTime", "access-review")]
    [InlineData("$.questions[1].sequence", "questions")]
    [InlineData("$.requestorSettings.scopeType", "requestor-options")]
    public void Step_ProblemPath_PointsToTheStepThatEditsIt(string path, string step)
    {
        new PolicyJsonProblem(path, "m", "f", PolicyJsonProblemSeverity.Warning).Step.ShouldNotBeNull().Name.ShouldBe(step);
    }

    [Fact]
    public void Step_DocumentLevelProblem_HasNoStep()
    {
        PolicyJson.Parse("{").Problems.ShouldHaveSingleItem().Step.ShouldBeNull();
    }

    private const string FullRange = "\"range\": {\"type\": \"noEnd\", \"numberOfOccurrences\": 0}";
    private const string FullPattern = "\"pattern\": {\"type\": \"absoluteMonthly\", \"interval\": 3, \"month\": 0, \"dayOfMonth\": 0, \"daysOfWeek\": []}";

    private static string WithReview(string recurrence) => Minimal[..^1]
        + ",\"reviewSettings\": {\"isEnabled\": true, \"isSelfReview\": true, \"expirationBehavior\": \"keepAccess\", \"schedule\": {\"expiration\": {\"type\": \"afterDuration\", \"duration\": \"P7D\"}, \"recurrence\": {"
        + recurrence + "}}}}";

    [Theory]
    [InlineData("\"pattern\": {\"type\": \"weekly\", \"interval\": 1, \"daysOfWeek\": [\"monday\"]}, " + FullRange, "$.reviewSettings.schedule.recurrence.pattern.daysOfWeek")]
    [InlineData("\"pattern\": {\"type\": \"absoluteMonthly\", \"interval\": 3, \"month\": 4}, " + FullRange, "$.reviewSettings.schedule.recurrence.pattern.month")]
    [InlineData(FullPattern + ", \"range\": {\"type\": \"noEnd\", \"endDate\": \"2028-01-01\"}", "$.reviewSettings.schedule.recurrence.range.endDate")]
    [InlineData(FullPattern + ", \"range\": {\"type\": \"numbered\", \"startDate\": \"2027-01-01\", \"numberOfOccurrences\": 4, \"endDate\": \"2028-01-01\"}", "$.reviewSettings.schedule.recurrence.range.endDate")]
    [InlineData(FullPattern + ", \"range\": {\"type\": \"noEnd\", \"numberOfOccurrences\": 4}", "$.reviewSettings.schedule.recurrence.range.numberOfOccurrences")]
    [InlineData(FullPattern + ", \"range\": {\"numberOfOccurrences\": 0}", "$.reviewSettings.schedule.recurrence.range.type")]
    [InlineData(FullPattern, "$.reviewSettings.schedule.recurrence.range")]
    [InlineData("\"pattern\": {\"interval\": 12}, " + FullRange, "$.reviewSettings.schedule.recurrence.pattern")]
    public void Parse_ReviewScheduleDetailsReviewsDoNotUse_AreReportedNotDropped(string recurrence, string path)
    {
        var result = PolicyJson.Parse(WithReview(recurrence));

        var problem = result.Problems.ShouldHaveSingleItem($"problems: {string.Join("; ", result.Problems)}");
        problem.Path.ShouldBe(path);
        problem.Severity.ShouldBe(PolicyJsonProblemSeverity.Warning);
        result.Draft.ShouldNotBeNull().ReviewSettings.IsEnabled.ShouldBeTrue();
    }

    [Fact]
    public void Parse_ReviewScheduleWithDayOfMonthAndANumberedRangeInHours_IsKeptWithoutAWord()
    {
        var json = WithReview("\"pattern\": {\"type\": \"absoluteMonthly\", \"interval\": 1, \"dayOfMonth\": 15}, "
            + "\"range\": {\"type\": \"numbered\", \"startDate\": \"2027-01-15\", \"numberOfOccurrences\": 4, \"recurrenceTimeZone\": \"UTC\"}")
            .Replace("\"P7D\"", "\"PT36H\"", StringComparison.Ordinal);

        var result = PolicyJson.Parse(json);

        result.Problems.ShouldBeEmpty(string.Join("; ", result.Problems));
        var review = result.Draft.ShouldNotBeNull().ReviewSettings;
        review.DayOfMonth.ShouldBe(15);
        review.RangeType.ShouldBe(ReviewRangeType.Numbered);
        review.NumberOfOccurrences.ShouldBe(4);
        review.RangeStartDate.ShouldBe(new DateOnly(2027, 1, 15));
        review.RecurrenceTimeZone.ShouldBe("UTC");
        review.Duration.ShouldBe(PolicyDuration.Hours(36));
    }

    [Fact]
    public void Parse_SelfReviewWithReviewers_SaysTheReviewersAreLeftOut()
    {
        var json = WithReview(FullPattern + ", " + FullRange).Replace("\"isSelfReview\": true,", "\"isSelfReview\": true, \"primaryReviewers\": [{\"@odata.type\": \"#microsoft.graph.groupMembers\", \"groupId\": \"g1\"}],", StringComparison.Ordinal);

        var problem = PolicyJson.Parse(json).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("$.reviewSettings.primaryReviewers");
        problem.Message.ShouldContain("Self-review is on");
    }

    [Fact]
    public void Parse_DisabledReviewWithSettings_KeepsThemForWhenItIsTurnedBackOn()
    {
        var json = WithReview(FullPattern + ", " + FullRange).Replace("\"isEnabled\": true", "\"isEnabled\": false", StringComparison.Ordinal);

        var result = PolicyJson.Parse(json);

        result.Problems.ShouldBeEmpty(string.Join("; ", result.Problems));
        var sent = JsonNode.Parse(PolicyJson.Serialize(result.Draft!))!["reviewSettings"]!;
        sent["isEnabled"]!.GetValue<bool>().ShouldBeFalse();
        sent["schedule"]!["expiration"]!["duration"]!.GetValue<string>().ShouldBe("P7D");
    }

    [Fact]
    public void Parse_EscalationDelayWhileEscalationIsOff_SaysItIsSentAsZero()
    {
        var json = Minimal[..^1] + ",\"requestApprovalSettings\": {\"isApprovalRequiredForAdd\": true, \"stages\": [{\"durationBeforeAutomaticDenial\": \"P14D\", \"isEscalationEnabled\": false, \"durationBeforeEscalation\": \"P2D\", \"primaryApprovers\": [{\"@odata.type\": \"#microsoft.graph.singleUser\", \"userId\": \"u1\"}]}]}}";

        var problem = PolicyJson.Parse(json).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("$.requestApprovalSettings.stages[0].durationBeforeEscalation");
        problem.Message.ShouldContain("sent as PT0S");
    }

    [Theory]
    [InlineData("\"isEscalationEnabled\": false", "$.requestApprovalSettings.stages[0].durationBeforeAutomaticDenial")]
    [InlineData("\"durationBeforeAutomaticDenial\": \"P14D\", \"isEscalationEnabled\": true", "$.requestApprovalSettings.stages[0].durationBeforeEscalation")]
    public void Parse_StageWithoutATimeOutItNeeds_SaysItIsSentAsZero(string members, string path)
    {
        var json = Minimal[..^1] + ",\"requestApprovalSettings\": {\"isApprovalRequiredForAdd\": true, \"stages\": [{" + members + ", \"primaryApprovers\": [{\"@odata.type\": \"#microsoft.graph.singleUser\", \"userId\": \"u1\"}]}]}}";

        var problem = PolicyJson.Parse(json).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe(path);
        problem.Message.ShouldContain("sent as PT0S");
    }

    [Theory]
    [InlineData("""{"displayName":"P","description":null,"allowedTargetScope":"allMemberUsers","accessPackage":{"id":"a"}}""", "$.description")]
    [InlineData("""{"displayName":"P","description":"D","accessPackage":{"id":"a"}}""", "$.allowedTargetScope")]
    [InlineData("""{"displayName":"P","description":"D","allowedTargetScope":"allMemberUsers","accessPackage":{"id":"a"},"questions":[{"@odata.type":"#microsoft.graph.accessPackageTextInputQuestion","text":"Why?","sequence":1,"localizations":[{"languageCode":"fr","text":null}]}]}""", "$.questions[0].localizations[0].text")]
    [InlineData("""{"displayName":"P","description":"D","allowedTargetScope":"allMemberUsers","accessPackage":{"id":"a"},"questions":[{"@odata.type":"#microsoft.graph.accessPackageTextInputQuestion","text":"Why?"}]}""", "$.questions[0].sequence")]
    [InlineData("""{"displayName":"P","description":"D","allowedTargetScope":"allMemberUsers","accessPackage":{"id":"a"},"expiration":{"endDateTime":"2028-01-01T00:00:00Z"}}""", "$.expiration.type")]
    public void Parse_ValueTheJsonLeavesUnsaid_SaysWhatIsSentInstead(string json, string path)
    {
        var problem = PolicyJson.Parse(json).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe(path);
        problem.Severity.ShouldBe(PolicyJsonProblemSeverity.Warning);
    }

    [Fact]
    public void Parse_CustomExtensionTypeOtherThanItsStageSuggests_IsKept()
    {
        var json = Minimal[..^1] + ",\"customExtensionStageSettings\": [{\"stage\": \"assignmentRequestCreated\", \"customExtension\": {\"@odata.type\": \"#microsoft.graph.accessPackageAssignmentWorkflowExtension\", \"id\": \"e1\"}}]}";

        var result = PolicyJson.Parse(json);

        result.Problems.ShouldBeEmpty(string.Join("; ", result.Problems));
        JsonNode.Parse(PolicyJson.Serialize(result.Draft!))!["customExtensionStageSettings"]![0]!["customExtension"]!["@odata.type"]!.GetValue<string>()
            .ShouldBe("#microsoft.graph.accessPackageAssignmentWorkflowExtension");
    }

    [Theory]
    [InlineData("\"requestApprovalSettings\": {\"approvalStages\": [{\"approvalStageTimeOutInDays\": 14}]}", "$.requestApprovalSettings.approvalStages[0].approvalStageTimeOutInDays", "durationBeforeAutomaticDenial")]
    [InlineData("\"requestApprovalSettings\": {\"approvalStages\": [{\"primaryApprovers\": [{\"@odata.type\": \"#microsoft.graph.singleUser\", \"id\": \"u1\", \"isBackup\": true}]}]}", "$.requestApprovalSettings.approvalStages[0].primaryApprovers[0].id", "userId")]
    [InlineData("\"requestApprovalSettings\": {\"approvalStages\": [{\"primaryApprovers\": [{\"@odata.type\": \"#microsoft.graph.singleUser\", \"isBackup\": true}]}]}", "$.requestApprovalSettings.approvalStages[0].primaryApprovers[0].isBackup", "fallbackPrimaryApprovers")]
    [InlineData("\"requestorSettings\": {\"scopeType\": \"AllExistingDirectoryMemberUsers\"}", "$.requestorSettings.scopeType", "allMemberUsers")]
    [InlineData("\"requestorSettings\": {\"acceptRequests\": true}", "$.requestorSettings.acceptRequests", "no equivalent")]
    [InlineData("\"questions\": [{\"@odata.type\": \"#microsoft.graph.accessPackageTextInputQuestion\", \"text\": {\"defaultText\": \"Why?\"}}]", "$.questions[0].text", "localizations")]
    public void Parse_BetaNameOrValueAtAnyLevel_IsNamedWithItsV1Equivalent(string member, string path, string hint)
    {
        var json = Minimal[..^1] + "," + member + "}";

        var problems = PolicyJson.Parse(json).Problems;

        var problem = problems.FirstOrDefault(p => p.Path == path).ShouldNotBeNull(string.Join("; ", problems));

        (problem.Message + " " + problem.Fix).ShouldContain(hint);
    }

    [Fact]
    public void Parse_BetaScopeTypeValueAsAllowedTargetScope_NamesTheV1Value()
    {
        var problem = PolicyJson.Parse(Minimal.Replace("allMemberUsers", "AllExistingDirectorySubjects", StringComparison.Ordinal)).Problems
            .First(p => p.Path == "$.allowedTargetScope");

        problem.Fix.ShouldContain("\"allDirectoryUsers\"");
    }
}
