using System.Text.Json;
using Json.Schema;
using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>The v1.0 policy JSON Schema (embedded), evaluated the way the service checks a body's shape.</summary>
internal static class PolicySchema
{
    private const string ResourceName = "PolicyPortal.Sandbox.accessPackageAssignmentPolicy.schema.json";

    // Built once per process: building is the expensive part and registers the schema's $id.
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Throws 400 <c>InvalidPolicy.Schema</c> naming the deepest failing location.</summary>
    public static void Check(JsonElement body)
    {
        if (Evaluate(body) is { } failure)
        {
            throw GraphException.BadRequest(PolicyErrorCodes.Schema, $"Property '{failure.Path}' is invalid: {failure.Message}");
        }
    }

    /// <summary>The deepest failure, or null when the body is valid.</summary>
    public static (string Path, string Message)? Evaluate(JsonElement body)
    {
        var results = Schema.Value.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return null;
        }
        var failures = (results.Details ?? [])
            .Append(results)
            .Where(d => d.Errors is { Count: > 0 } && OnFailingChain(d) && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => (Pointer: d.InstanceLocation.ToString(), Keyword: e.Key, Message: Explain(e.Value))))
            // Nullable properties are "anyOf [T, null]": the null branch's complaint is noise.
            .Where(f => !f.Message.Contains("\"null\"", StringComparison.Ordinal))
            .OrderByDescending(f => Depth(f.Pointer))
            .ToList();
        var deepest = failures.Count > 0 ? failures[0] : (Pointer: "", Keyword: "", Message: "does not match the v1.0 shape");
        return (ToPath(deepest.Pointer), deepest.Message);
    }

    // A failure counts only if nothing above it passed: failed anyOf branches and polymorphic "if" probes are not errors.
    private static bool OnFailingChain(EvaluationResults result)
    {
        for (var current = result; current is not null; current = current.Parent)
        {
            if (current.IsValid)
            {
                return false;
            }
        }
        return true;
    }

    private static string Explain(string message) =>
        message.Contains("false schema", StringComparison.Ordinal) ? "is not a property of this type" : message;

    private static int Depth(string pointer) => pointer.Count(c => c == '/');

    /// <summary>JSON Pointer to the dotted path used in messages: <c>/a/stages/0/b</c> is <c>a.stages[0].b</c>.</summary>
    public static string ToPath(string pointer)
    {
        var path = "";
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path += int.TryParse(segment, System.Globalization.CultureInfo.InvariantCulture, out _) ? $"[{segment}]" : path.Length == 0 ? segment : $".{segment}";
        }
        return path.Length == 0 ? "(body)" : path;
    }

    private static JsonSchema Load()
    {
        using var stream = typeof(PolicySchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
