using CsCheck;
using System.Text.Json;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Templates;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Graph.Tests.Support;

namespace PolicyPortal.Graph.Tests.Policies;

public sealed class PolicyJsonDocsShapeTests
{
    private static JsonElement Write(PolicyDraft draft) => JsonDocument.Parse(PolicyJson.Serialize(draft)).RootElement;

    [Fact]
    public void Serialize_EmptyCollections_AreWrittenAsEmptyArrays()
    {
        var draft = PolicyTemplates.DirectAssignmentOnly.Create();
        draft.ReviewSettings = new ReviewSettingsDraft { IsEnabled = true, ReviewerType = ReviewerType.Self };

        var json = Write(draft);

        json.GetProperty("specificAllowedTargets").GetArrayLength().ShouldBe(0);
        json.GetProperty("questions").GetArrayLength().ShouldBe(0);
        json.GetProperty("customExtensionStageSettings").GetArrayLength().ShouldBe(0);
        json.GetProperty("requestorSettings").GetProperty("onBehalfRequestors").GetArrayLength().ShouldBe(0);
        json.GetProperty("requestApprovalSettings").GetProperty("stages").GetArrayLength().ShouldBe(0);
        json.GetProperty("reviewSettings").GetProperty("primaryReviewers").GetArrayLength().ShouldBe(0);
        json.GetProperty("reviewSettings").GetProperty("fallbackReviewers").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Serialize_StageWithoutEscalation_WritesEveryApproverListAndPT0S()
    {
        var draft = PolicyTemplates.EmployeesWithManagerApproval.Create();

        var stage = Write(draft).GetProperty("requestApprovalSettings").GetProperty("stages")[0];

        stage.GetProperty("durationBeforeAutomaticDenial").GetString().ShouldBe("P14D");
        stage.GetProperty("durationBeforeEscalation").GetString().ShouldBe("PT0S");
        foreach (var list in new[] { "primaryApprovers", "fallbackPrimaryApprovers", "escalationApprovers", "fallbackEscalationApprovers" })
        {
            stage.GetProperty(list).ValueKind.ShouldBe(JsonValueKind.Array);
        }
    }

    [Theory]
    [InlineData(14, DurationUnit.Days, "P14D")]
    [InlineData(8, DurationUnit.Hours, "PT8H")]
    [InlineData(365, DurationUnit.Days, "P365D")]
    [InlineData(0, DurationUnit.Days, "PT0S")]
    public void Serialize_ExpirationDuration_IsIsoDayTime(int value, DurationUnit unit, string expected)
    {
        var draft = new PolicyDraft { Expiration = { Kind = ExpirationKind.AfterDuration, Duration = new PolicyDuration(value, unit) } };

        var expiration = Write(draft).GetProperty("expiration");

        expiration.GetProperty("duration").GetString().ShouldBe(expected);
        expiration.GetProperty("type").GetString().ShouldBe("afterDuration");
        expiration.TryGetProperty("endDateTime", out _).ShouldBeFalse();
    }

    [Fact]
    public void Serialize_DatesWithOffsets_AreWrittenInUtcWithZ()
    {
        var draft = new PolicyDraft
        {
            Expiration = { Kind = ExpirationKind.OnDate, EndDateTime = new DateTimeOffset(2027, 6, 30, 23, 59, 59, TimeSpan.FromHours(2)) },
            ReviewSettings = { IsEnabled = true, StartDateTime = new DateTimeOffset(2027, 1, 1, 8, 0, 0, 500, TimeSpan.FromHours(-5)) },
        };

        var json = Write(draft);

        json.GetProperty("expiration").GetProperty("endDateTime").GetString().ShouldBe("2027-06-30T21:59:59Z");
        json.GetProperty("expiration").GetProperty("type").GetString().ShouldBe("afterDateTime");
        json.GetProperty("reviewSettings").GetProperty("schedule").GetProperty("startDateTime").GetString().ShouldBe("2027-01-01T13:00:00.5Z");
    }

    [Fact]
    public void Serialize_AccessPackage_IsOnlyItsId()
    {
        var draft = new PolicyDraft { AccessPackage = { Id = "a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b", DisplayName = "Sales tools" } };

        var package = Write(draft).GetProperty("accessPackage");

        package.EnumerateObject().Select(p => p.Name).ShouldBe(["id"]);
        package.GetProperty("id").GetString().ShouldBe("a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b");
    }

    [Fact]
    public void Serialize_EverySubjectKind_CarriesItsODataTypeAndNoReadOnlyDescription()
    {
        var all = Enum.GetValues<SubjectKind>().Select(kind => DraftGenerator.SubjectOf(kind).Single()).ToList();
        var draft = new PolicyDraft();
        draft.RequestApproval.Stages[0].PrimaryApprovers.AddRange(all);

        var written = Write(draft).GetProperty("requestApprovalSettings").GetProperty("stages")[0].GetProperty("primaryApprovers");

        written.EnumerateArray().Select(s => s.GetProperty("@odata.type").GetString()).ShouldBe(
        [
            "#microsoft.graph.singleUser", "#microsoft.graph.groupMembers", "#microsoft.graph.singleServicePrincipal",
            "#microsoft.graph.connectedOrganizationMembers", "#microsoft.graph.requestorManager", "#microsoft.graph.internalSponsors",
            "#microsoft.graph.externalSponsors", "#microsoft.graph.targetUserSponsors", "#microsoft.graph.targetManager",
            "#microsoft.graph.targetApplicationOwners", "#microsoft.graph.attributeRuleMembers", "#microsoft.graph.targetAgentIdentitySponsorsOrOwners",
        ]);
        written.EnumerateArray().Count(s => s.TryGetProperty("description", out _)).ShouldBe(1, "only attribute rules send their description");
    }

    [Fact]
    public void Serialize_NewDraft_HasNoIdAndNoReadOnlyMembers()
    {
        var json = PolicyJson.Serialize(PolicyTemplates.ExternalPartners.Create(new AccessPackageReference { Id = "p" }));

        DocsShape.ShouldBeDocsShaped(json);
        JsonDocument.Parse(json).RootElement.TryGetProperty("id", out _).ShouldBeFalse();
    }

    [Fact]
    public void Serialize_SameDraftTwice_GivesTheSameBytes()
    {
        var draft = PolicyTemplates.ContractorsWithQuestions.Create();

        PolicyJson.SerializeToUtf8Bytes(PolicyMapper.ToGraph(draft)).ShouldBe(PolicyJson.SerializeToUtf8Bytes(PolicyMapper.ToGraph(draft)));
    }

    [Fact]
    public void Pretty_CompactJson_KeepsEveryValue()
    {
        var compact = PolicyJson.Serialize(PolicyTemplates.AutoAssignByDepartment.Create());

        var pretty = PolicyJson.Pretty(compact);

        pretty.ShouldContain("\n");
        pretty.ShouldContain("(user.department -eq \\\"Sales\\\")");
        JsonSemantics.ShouldMeanTheSame(pretty, compact);
    }
}
