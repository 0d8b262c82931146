using System.Text.Json;
using Json.Schema;

namespace PolicyPortal.Testing;

/// <summary>The v1.0 policy schema (src/PolicyPortal.Sandbox/Schema, copied to the output's Schema/), loaded once, with
/// failures reported at their deepest instance location.</summary>
public static class GraphSchema
{
    /// <summary>Where tests find the schema file.</summary>
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "Schema", "accessPackageAssignmentPolicy.schema.json");

    // Its own registry: the in-process sandbox registers the same $id in the global one, and a second global
    // registration throws.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(FilePath),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The deepest failing locations with their errors; empty when valid.</summary>
    public static IReadOnlyList<string> Failures(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        // A failing "if" only selects a branch; it is not an error of the instance.
        var failing = (results.Details ?? [])
            .Where(detail => !detail.IsValid && detail.Errors is { Count: > 0 } && !detail.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            .ToList();
        if (failing.Count == 0)
        {
            return ["(root): invalid"];
        }

        var deepest = failing.Max(detail => detail.InstanceLocation.ToString().Count(c => c == '/'));
        return [.. failing
            .Where(detail => detail.InstanceLocation.ToString().Count(c => c == '/') == deepest)
            .Select(detail => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {string.Join("; ", detail.Errors!.Select(e => $"{e.Key}: {e.Value}"))}")];
    }

    public static void ShouldBeValid(string json, string because = "")
    {
        var failures = Failures(json);
        failures.ShouldBeEmpty($"{because} schema failures:\n{string.Join("\n", failures)}\nJSON: {json}");
    }
}
