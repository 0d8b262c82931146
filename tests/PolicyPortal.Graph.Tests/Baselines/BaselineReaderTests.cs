using PolicyPortal.Graph.Baselines;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Tests.Baselines;

/// <summary>Opening a baseline file: its version is checked first, and each body goes through the policy importer, so a
/// beta name or a wrong type gets the importer's message with its place in the file.</summary>
public sealed class BaselineReaderTests
{
    private const string Package = """{ "id": "77a891ff-e8bb-5c7c-b591-d97a903653a4", "displayName": "Sales Resources", "catalog": "Sales & Marketing" }""";

    private static string File(string version, params string[] bodies) =>
        $$"""{ "format": "PolicyPortal baseline", "formatVersion": {{version}}, "policies": [ {{string.Join(",", bodies.Select(b => $$"""{ "id": "p", "accessPackage": {{Package}}, "body": {{b}}, "names": {} }"""))}} ] }""";

    [Theory]
    [InlineData("0", "older than any this PolicyPortal reads")]
    [InlineData("2", "written by a newer PolicyPortal")]
    [InlineData("\"1\"", "gives no format version as a whole number")]
    public void OtherFormatVersion_IsRefusedAtFormatVersion(string version, string said)
    {
        var reading = BaselineReader.Read(File(version, """{ "displayName": "A" }"""));

        reading.Policies.ShouldBeEmpty();
        var problem = reading.Problems.ShouldHaveSingleItem();
        (problem.Path, problem.Severity).ShouldBe(("$.formatVersion", PolicyJsonProblemSeverity.Error));
        problem.Message.ShouldContain(said);
        problem.Fix.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void NotABaseline_SinglePolicyJson_SaysWhatItIs()
    {
        var reading = BaselineReader.Read("""{ "displayName": "One policy", "allowedTargetScope": "allMemberUsers" }""");

        reading.Problems.ShouldHaveSingleItem().Message.ShouldContain("not a baseline");
    }

    [Fact]
    public void BetaNamesInABody_GetTheImportersMessages_LocatedInTheFile()
    {
        var reading = BaselineReader.Read(File("1",
            """{ "displayName": "Fine", "allowedTargetScope": "allMemberUsers" }""",
            """{ "displayName": "Beta", "allowedTargetScope": "allMemberUsers", "durationInDays": 90, "requestorSettings": { "acceptRequests": true, "isOnBehalfAllowed": true } }"""));

        var paths = reading.Problems.Select(p => p.Path).ToList();
        paths.ShouldContain("$.policies[1].body.durationInDays");
        paths.ShouldContain("$.policies[1].body.requestorSettings.acceptRequests");
        paths.ShouldContain("$.policies[1].body.requestorSettings.isOnBehalfAllowed");
        reading.Problems.Single(p => p.Path == "$.policies[1].body.requestorSettings.isOnBehalfAllowed").Fix.ShouldContain("enableOnBehalfRequestorsToAddAccess");
        reading.Problems.ShouldAllBe(p => p.Path.StartsWith("$.policies[1].body", StringComparison.Ordinal), "the first policy is clean");
    }

    [Fact]
    public void StringForABoolean_IsCorrectedAndSaid_ThePolicyIsKept()
    {
        var reading = BaselineReader.Read(File("1",
            """{ "displayName": "Typed", "allowedTargetScope": "allMemberUsers", "requestorSettings": { "enableTargetsToSelfAddAccess": "false" } }"""));

        reading.HasErrors.ShouldBeFalse();
        reading.Policies.ShouldHaveSingleItem().Draft.RequestorSettings.EnableTargetsToSelfAddAccess.ShouldBeFalse();
        reading.Problems.ShouldHaveSingleItem().Path.ShouldBe("$.policies[0].body.requestorSettings.enableTargetsToSelfAddAccess");
    }

    [Fact]
    public void BodyThatCannotBeRead_IsLeftOut_AndSaysSo_TheOthersAreKept()
    {
        var reading = BaselineReader.Read(File("1", """{ "displayName": "Kept" }""", "[1, 2]"));

        reading.Policies.Select(p => p.Draft.DisplayName).ShouldBe(["Kept"]);
        reading.Problems.ShouldContain(p => p.Path == "$.policies[1]" && p.Severity == PolicyJsonProblemSeverity.Error);
    }
}
