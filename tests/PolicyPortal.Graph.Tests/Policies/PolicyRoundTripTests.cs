using System.Text.Json;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Serialization.Json;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Graph.Tests.Support;

using PolicyPortal.Testing;
namespace PolicyPortal.Graph.Tests.Policies;

public sealed class PolicyRoundTripTests
{
    public static TheoryData<string> DocsExamples => [Fixture.Example1, Fixture.Example2, Fixture.Example3, Fixture.UpdateExample];

    public static TheoryData<string> LocalExamples =>
    [
        "example-4-corrected.request.json",
        "questions-with-localizations.request.json",
        "custom-extension-stage-settings.request.json",
        "escalation.request.json",
        "review-by-manager.request.json",
        "connected-organizations-on-behalf.request.json",
        "auto-assignment-grace-period.request.json",
        "service-principals-self-review.request.json",
    ];

    [Theory]
    [MemberData(nameof(DocsExamples))]
    public void Parse_DocsExample_ImportsWithoutProblemsAndWritesTheSamePolicy(string name)
    {
        AssertRoundTrip(Fixture.DocsExample(name));
    }

    [Theory]
    [MemberData(nameof(LocalExamples))]
    public void Parse_SpecExample_ImportsWithoutProblemsAndWritesTheSamePolicy(string name)
    {
        var json = Fixture.Local(name);
        GraphSchema.ShouldBeValid(json, $"fixture {name} itself:");
        AssertRoundTrip(json);
    }

    [Theory]
    [MemberData(nameof(DocsExamples))]
    [MemberData(nameof(LocalExamples))]
    public void FromGraph_PolicyParsedBySdk_WritesTheSamePolicy(string name)
    {
        // The gateway's path: Graph returns JSON, the SDK parses it, the mapper turns it into a draft and back.
        var json = name.StartsWith("create-", StringComparison.Ordinal) || name.StartsWith("update-", StringComparison.Ordinal)
            ? Fixture.DocsExample(name)
            : Fixture.Local(name);
        using var document = JsonDocument.Parse(json);
        var parsed = new JsonParseNode(document.RootElement).GetObjectValue(AccessPackageAssignmentPolicy.CreateFromDiscriminatorValue);

        var written = PolicyJson.Serialize(PolicyMapper.ToGraph(PolicyMapper.FromGraph(parsed)));

        JsonSemantics.ShouldMeanTheSame(written, json);
    }

    [Theory]
    [MemberData(nameof(LocalExamples))]
    public void Parse_SpecExample_PassesTheServiceRules(string name)
    {
        var draft = PolicyJson.Parse(Fixture.Local(name)).Draft.ShouldNotBeNull();
        var validator = new Core.Validation.PolicyDraftValidator(new StoppedClock(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));

        var issues = validator.ValidateDraft(draft).Issues;

        // Example 4 (and so its corrected copy) sends an empty description: optional in Graph, so not an issue.
        issues.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_UpdateExample_KeepsIdForPutAndSubjectDescriptionAsDisplayName()
    {
        var result = PolicyJson.Parse(Fixture.DocsExample(Fixture.UpdateExample));

        var draft = result.Draft.ShouldNotBeNull();
        draft.Id.ShouldBe("87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187");
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers[0].DisplayName.ShouldBe("user");
        var written = JsonDocument.Parse(PolicyJson.Serialize(draft)).RootElement;
        written.GetProperty("id").GetString().ShouldBe("87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187");
        written.GetProperty("requestApprovalSettings").GetProperty("stages")[0].GetProperty("fallbackPrimaryApprovers")[0]
            .TryGetProperty("description", out _).ShouldBeFalse("a user's description is read-only in Graph");
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static void AssertRoundTrip(string json)
    {
        var result = PolicyJson.Parse(json);

        result.Problems.ShouldBeEmpty();
        var written = PolicyJson.Serialize(result.Draft.ShouldNotBeNull());
        JsonSemantics.ShouldMeanTheSame(written, json);
        GraphSchema.ShouldBeValid(written);

        // Written JSON is a fixed point: reading it back and writing again gives the same bytes.
        PolicyJson.Serialize(PolicyJson.Parse(written).Draft!).ShouldBe(written);
    }
}
