using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Graph.Tests.Support;
using PolicyPortal.Testing;

namespace PolicyPortal.Graph.Tests.Policies;

/// <summary>
/// Import never changes a value silently: for schema-valid policy JSON, import then preview is the identity up to the
/// corrections the importer lists, each at its JSON path and each foreseen by a specific check (not the safety net).
/// </summary>
public sealed class ImportIdentityPropertyTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Parse_SchemaValidVariedPolicy_PreviewIsTheInputUpToTheListedCorrections()
    {
        PolicyJsonGenerator.Varied.Sample(varied =>
        {
            var failures = GraphSchema.Failures(varied.Json);
            failures.ShouldBeEmpty($"The generator made a body the v1.0 schema refuses:\n{string.Join("\n", failures)}\n{varied}");

            var result = PolicyJson.Parse(varied.Json);

            var draft = result.Draft.ShouldNotBeNull(Report(varied, result, preview: null));
            var preview = PolicyJson.Serialize(draft);
            result.Problems.ShouldNotContain(p => p.Severity == PolicyJsonProblemSeverity.Error, Report(varied, result, preview));
            result.Problems.ShouldNotContain(p => p.IsUnexplained, Report(varied, result, preview));
            var paths = result.Problems.Select(p => p.Path).ToList();
            var input = Comparable(varied.Json, paths);
            var output = Comparable(preview, paths);
            JsonNode.DeepEquals(input, output).ShouldBeTrue(
                $"An unlisted difference.\n{Report(varied, result, preview)}\nInput without listed paths (normalised):\n{Show(input)}\nPreview without listed paths (normalised):\n{Show(output)}");
        }, iter: 1000, threads: 1);
    }

    [Fact]
    public void Parse_PlainMapperOutput_HasNoProblemAndPreviewIsByteIdentical()
    {
        PolicyJsonGenerator.Plain.Sample(json =>
        {
            var result = PolicyJson.Parse(json);

            result.Problems.ShouldBeEmpty($"JSON: {json}");
            PolicyJson.Serialize(result.Draft.ShouldNotBeNull()).ShouldBe(json);
        }, iter: 200, threads: 1);
    }

    [Theory]
    [InlineData("""{"a":{"b":1,"c":{"d":2}}}""", "$.a.c", """{"a":{"b":1}}""")]
    [InlineData("""{"a":{"b":1,"bc":2}}""", "$.a.b", """{"a":{"bc":2}}""")]
    [InlineData("""{"q":[{"t":"a"},{"t":"b","s":2}]}""", "$.q[1].s", """{"q":[{"t":"a"},{"t":"b"}]}""")]
    [InlineData("""{"q":[1,2,3,4,5,6,7,8,9,10,11]}""", "$.q[1]", """{"q":[1,null,3,4,5,6,7,8,9,10,11]}""")]
    [InlineData("""{"s":[{"@odata.type":"#x","id":"u"}]}""", "$.s[0].@odata.type", """{"s":[{"id":"u"}]}""")]
    public void WithoutListedPaths_RemovesTheMemberAndWhatIsBelowItOnly(string json, string listed, string expected)
    {
        var stripped = WithoutListedPaths(JsonNode.Parse(json), "$", [listed]);

        stripped!.ToJsonString().ShouldBe(expected);
    }

    /// <summary>The normal form compared: listed paths removed, Graph's documented true defaults filled in, then <see cref="JsonSemantics"/>.</summary>
    private static JsonNode? Comparable(string json, IReadOnlyList<string> listed)
    {
        var stripped = WithoutListedPaths(JsonNode.Parse(json), "$", listed);
        if (stripped?["reviewSettings"] is JsonObject review)
        {
            // accessPackageAssignmentReviewSettings: "The default value is true" for both; JsonSemantics only knows false defaults.
            foreach (var name in new[] { "isRecommendationEnabled", "isReviewerJustificationRequired" })
            {
                if (review[name] is null && !listed.Any(path => Covers(path, $"$.reviewSettings.{name}")))
                {
                    review[name] = true;
                }
            }
        }

        return JsonSemantics.Normalize(stripped?.ToJsonString() ?? "null");
    }

    /// <summary>
    /// A copy without every member at or below a listed path (paths as the importer writes them: <c>$.a.b[2].c</c>, names
    /// taken whole, so <c>@odata.type</c> is one step). A listed array entry becomes <c>null</c>, so later entries keep their index.
    /// </summary>
    private static JsonNode? WithoutListedPaths(JsonNode? node, string path, IReadOnlyList<string> listed) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .Where(member => !listed.Any(p => Covers(p, $"{path}.{member.Key}")))
            .Select(member => KeyValuePair.Create(member.Key, WithoutListedPaths(member.Value, $"{path}.{member.Key}", listed)))),
        JsonArray array => new JsonArray([.. array.Select((item, i) =>
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            return listed.Any(p => Covers(p, at)) ? null : WithoutListedPaths(item, at, listed);
        })]),
        null => null,
        _ => node.DeepClone(),
    };

    private static bool Covers(string listed, string path) =>
        path == listed
        || (path.StartsWith(listed, StringComparison.Ordinal) && path[listed.Length] is '.' or '[');

    private static string Report(VariedPolicyJson varied, PolicyImportResult result, string? preview) =>
        $"{varied}\nPreview: {preview ?? "(no draft)"}\nProblems:\n{string.Join("\n", result.Problems.Select(p => $"  {p}{(p.IsUnexplained ? " [unexplained]" : "")}"))}";

    private static string Show(JsonNode? node) => node?.ToJsonString(Indented) ?? "null";
}
