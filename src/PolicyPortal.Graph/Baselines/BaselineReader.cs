using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyPortal.Core.Text;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Baselines;

/// <summary>Reads a baseline file (docs/baselines.md) without losing anything silently: each policy body goes through the
/// same reader as pasted policy JSON (beta names, strings for booleans and the like are corrected and said), and every
/// problem carries its path in the file, such as <c>$.policies[2].body.requestorSettings.scopeType</c>.</summary>
public static class BaselineReader
{
    /// <summary>What <c>format</c> says; <see cref="FormatVersion"/> changes when the shape does.</summary>
    public const string Format = "PolicyPortal baseline";

    /// <summary>The only version this PolicyPortal writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>A baseline of a few hundred policies is a few megabytes; larger files are refused before reading.</summary>
    public const int MaxLength = 20 * 1024 * 1024;

    public static BaselineReading Read(string? text)
    {
        var problems = new List<PolicyJsonProblem>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(Error("$", "The file is empty.", "Choose a baseline file that PolicyPortal exported (a .json file)."));
        }
        if (text.Length > MaxLength)
        {
            return Failed(Error("$", $"The file is {text.Length:N0} characters long, more than the {MaxLength:N0} a baseline may be, so it was not read.",
                "Export fewer packages into one baseline."));
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = PolicyJson.MaxDepth });
        }
        catch (JsonException error)
        {
            return Failed(Error("$", $"The file is not JSON (line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}).",
                "Choose the .json file PolicyPortal exported, unchanged, or fix the JSON at that place."));
        }

        if (root is not JsonObject file || file["policies"] is not JsonArray policies)
        {
            return Failed(Error("$", "This is not a baseline: a baseline is an object with \"format\", \"formatVersion\" and \"policies\".",
                "To bring in a single policy's JSON, start a new policy from JSON instead; to compare with a baseline, export one from a package page first."));
        }
        if (VersionProblem(file) is { } versionProblem)
        {
            return Failed(versionProblem);
        }

        var read = new List<BaselinePolicy>();
        for (var i = 0; i < policies.Count; i++)
        {
            if (ReadPolicy(policies[i], $"$.policies[{i}]", problems) is { } policy)
            {
                read.Add(policy);
            }
        }
        return new BaselineReading(Text(file["scope"]), read, problems);
    }

    private static PolicyJsonProblem? VersionProblem(JsonObject file)
    {
        if (Text(file["format"]) != Format)
        {
            return Error("$.format", $"The file says its format is {Quoted(file["format"])}, not \"{Format}\".",
                "Choose a baseline file that PolicyPortal exported.");
        }
        if (file["formatVersion"] is not JsonValue value || !value.TryGetValue<int>(out var version))
        {
            return Error("$.formatVersion", $"The file gives no format version as a whole number ({Quoted(file["formatVersion"])}), so PolicyPortal cannot tell how to read it.",
                $"Export the baseline again with this PolicyPortal (format version {FormatVersion}).");
        }
        return version switch
        {
            FormatVersion => null,
            > FormatVersion => Error("$.formatVersion", $"The file is format version {version}, written by a newer PolicyPortal; this one reads version {FormatVersion}.",
                "Open it with the PolicyPortal that wrote it, or update this one."),
            _ => Error("$.formatVersion", $"The file is format version {version}, older than any this PolicyPortal reads (version {FormatVersion}, since December 2026).",
                "Export the baseline again from the tenant it came from."),
        };
    }

    private static BaselinePolicy? ReadPolicy(JsonNode? node, string path, List<PolicyJsonProblem> problems)
    {
        if (node is not JsonObject entry || entry["body"] is not JsonObject body)
        {
            problems.Add(Error(path, "This entry has no \"body\" object, so it was left out.", "Give each entry the policy's JSON as \"body\", as an export writes it."));
            return null;
        }
        if (entry["accessPackage"] is not JsonObject package || Text(package["displayName"]) is not { Length: > 0 } packageName)
        {
            problems.Add(Error($"{path}.accessPackage", "This entry does not name its access package, so it was left out.",
                "Give \"accessPackage\": { \"id\": …, \"displayName\": …, \"catalog\": … }, as an export writes it."));
            return null;
        }

        var result = PolicyJson.Read(body, out var clean);
        problems.AddRange(result.Problems.Select(p => p with { Path = $"{path}.body{p.Path[1..]}" }));
        if (result.Draft is null || clean is null || result.HasErrors)
        {
            problems.Add(Error($"{path}.body", "This policy was left out: its body has the errors listed.", "Fix them in the file and open it again."));
            return null;
        }

        var names = (entry["names"] as JsonObject ?? []).Where(n => Text(n.Value) is not null)
            .ToDictionary(n => n.Key.Trim().ToLowerInvariant(), n => Text(n.Value)!, StringComparer.Ordinal);
        var id = Text(entry["id"]);
        result.Draft.Id = null;
        return new BaselinePolicy(id, new BaselinePackage(Text(package["id"]), packageName, Text(package["catalog"])), clean, result.Draft, names);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Quoted(JsonNode? node) => node is null ? "nothing" : Excerpt.Of(node.ToJsonString());

    private static PolicyJsonProblem Error(string path, string message, string fix) => new(path, message, fix, PolicyJsonProblemSeverity.Error);

    private static BaselineReading Failed(PolicyJsonProblem problem) => new(null, [], [problem]);
}
