using System.Text.Json;
using Json.Schema;
using PolicyPortal.Testing;

namespace PolicyPortal.Sandbox.Tests.Infrastructure;

/// <summary>The doc examples (fixtures/graph) and the v1.0 schema (Schema/), copied to the test output.</summary>
internal static class GraphFixtures
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // A separate build registry keeps this copy apart from the one the sandbox embeds.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(GraphSchema.FilePath), options);
    });

    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "graph", relative);

    /// <summary>Validates against the shared schema file, independently of the sandbox's own check.</summary>
    public static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
