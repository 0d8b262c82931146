using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Serialization.Json;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Text;
using PolicyPortal.Graph.Policies.Import;

namespace PolicyPortal.Graph.Policies;

/// <summary>
/// Policy JSON both ways. <see cref="Serialize(AccessPackageAssignmentPolicy)"/> uses the SDK's own Kiota
/// <see cref="JsonSerializationWriter"/> (what the request adapter sends, byte for byte); <see cref="Pretty"/>
/// indents it for display only. <see cref="Parse"/> reads any v1.0 policy JSON into a draft and reports every problem
/// with its JSON path; it never throws.
/// </summary>
public static class PolicyJson
{
    /// <summary>Inputs larger than this are refused (a policy is a few kilobytes; 2 MiB leaves room for policies padded,
    /// pretty-printed or with hundreds of questions). The import box takes as many UTF-8 bytes, so this never cuts a paste
    /// it let through.</summary>
    public const int MaxInputLength = 2 * 1024 * 1024;

    /// <summary>Nesting deeper than this is refused (a policy nests about 7 levels).</summary>
    public const int MaxDepth = 64;

    private static readonly JsonSerializationWriterFactory WriterFactory = new();

    private static readonly JsonWriterOptions PrettyOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The exact UTF-8 bytes Kiota writes for <paramref name="policy"/> (compact).</summary>
    public static byte[] SerializeToUtf8Bytes(AccessPackageAssignmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        using var writer = WriterFactory.GetSerializationWriter("application/json");
        writer.WriteObjectValue(null, policy);
        using var content = writer.GetSerializedContent();
        var bytes = new byte[content.Length - content.Position];
        content.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The exact JSON Kiota writes for <paramref name="policy"/> (compact), as text.</summary>
    public static string Serialize(AccessPackageAssignmentPolicy policy) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(policy));

    /// <summary>The JSON for a draft: <see cref="PolicyMapper.ToGraph(PolicyDraft)"/> then <see cref="Serialize(AccessPackageAssignmentPolicy)"/> (the mapping is deterministic).</summary>
    public static string Serialize(PolicyDraft draft) => Serialize(PolicyMapper.ToGraph(draft));

    /// <summary>Indented copy of <paramref name="json"/> for display (member order and values unchanged). Not for sending.</summary>
    public static string Pretty(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PrettyOptions))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Reads policy JSON (pasted by an admin or returned by Graph) into a draft. Every deviation from Graph v1.0 is
    /// reported with its JSON path, a plain message and a fix: syntax errors (with line and position), wrong value
    /// types (coerced when the intent is plain, e.g. <c>"true"</c>), unknown and beta-era property names, durations
    /// with years/weeks, unknown <c>@odata.type</c>s. <c>null</c> values and read-only members are accepted.
    /// </summary>
    public static PolicyImportResult Parse(string? json)
    {
        try
        {
            return ParseUnsafe(json);
        }
#pragma warning disable CA1031 // The importer must never throw at the admin: anything unexpected becomes a problem.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new PolicyImportResult(null,
            [
                new PolicyJsonProblem("$", "The policy could not be read: PolicyPortal met something in it that it does not understand.",
                    "Check that this is one complete access package assignment policy in JSON.", PolicyJsonProblemSeverity.Error),
            ]);
        }
    }

    private static PolicyImportResult ParseUnsafe(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Failed(new PolicyJsonProblem("$", "There is no JSON to import.", "Paste a policy's JSON, starting with {.", PolicyJsonProblemSeverity.Error));
        }

        if (json.Length > MaxInputLength)
        {
            return Failed(new PolicyJsonProblem("$", $"The text is {json.Length:N0} characters long; a policy is at most a few thousand, so it was not read.",
                $"Paste a single policy (the limit is {MaxInputLength:N0} characters).", PolicyJsonProblemSeverity.Error));
        }

        if (Utf16.FirstUnpairedSurrogate(json) is { } broken)
        {
            // Not text any JSON reader accepts (a half of an emoji, usually from a bad copy): say where, not "transcode".
            var line = 1 + json.AsSpan(0, broken).Count('\n');
            var position = broken - (broken == 0 ? 0 : json.LastIndexOf('\n', broken - 1) + 1) + 1;
            return Failed(new PolicyJsonProblem("$", $"The text has a broken character at line {line}, position {position} (half of a character pair such as an emoji), so it was not read.",
                "Copy the policy again from its source, or delete and retype the text around that position.", PolicyJsonProblemSeverity.Error));
        }

        var problems = new List<PolicyJsonProblem>();
        if (!TryParseTolerantly(json, problems, out var root))
        {
            return new PolicyImportResult(null, problems);
        }

        var result = Read(root, out _);
        return result with { Problems = [.. problems, .. result.Problems] };
    }

    /// <summary>Reads policy JSON already parsed (one body of a baseline file) as <see cref="Parse"/> does; <paramref name="clean"/>
    /// is what was read, in v1.0 names and types, holding only what the JSON states (to merge onto another policy).</summary>
    public static PolicyImportResult Read(JsonNode? root, out JsonObject? clean)
    {
        var reader = new PolicyJsonReader();
        clean = reader.Read(root);
        var problems = reader.Problems.ToList();
        if (clean is null)
        {
            return new PolicyImportResult(null, problems);
        }

        using var document = JsonDocument.Parse(clean.ToJsonString());
        var policy = new JsonParseNode(document.RootElement).GetObjectValue(AccessPackageAssignmentPolicy.CreateFromDiscriminatorValue);
        var draft = PolicyMapper.FromGraph(policy);
        problems.AddRange(UnexplainedChanges.Find(clean, (JsonObject)JsonNode.Parse(Serialize(draft))!, problems));
        return new PolicyImportResult(draft, problems);
    }

    /// <summary>
    /// Strict JSON first; if that fails only because of trailing commas or comments (as in a Graph docs example),
    /// read it anyway and report the syntax problem as a warning.
    /// </summary>
    private static bool TryParseTolerantly(string json, List<PolicyJsonProblem> problems, out JsonNode? root)
    {
        // Duplicate names are refused while parsing, so they get a line and position like any syntax error.
        var strict = new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false };
        root = null;
        try
        {
            root = JsonNode.Parse(json, documentOptions: strict);
            return true;
        }
        catch (JsonException strictError)
        {
            var lenient = strict with { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
            try
            {
                root = JsonNode.Parse(json, documentOptions: lenient);
                problems.Add(new PolicyJsonProblem(Location(strictError), $"This isn't strict JSON at {Position(strictError)} (a trailing comma or a comment); PolicyPortal read it anyway.",
                    "Remove the comma before } or ], and any comments.", PolicyJsonProblemSeverity.Warning));
                return true;
            }
            catch (JsonException)
            {
                problems.Add(DuplicateProblem(json, strictError)
                    ?? new PolicyJsonProblem(Location(strictError), SyntaxMessage(strictError), SyntaxFix(strictError), PolicyJsonProblemSeverity.Error));
                return false;
            }
        }
    }

    private static string SyntaxMessage(JsonException error) => error.Message switch
    {
        var m when m.Contains("depth", StringComparison.OrdinalIgnoreCase) =>
            $"The JSON nests deeper than {MaxDepth} levels at {Position(error)}; a policy never does, so it was not read.",
        var m => $"The JSON is broken at {Position(error)}, so nothing was imported: {FirstSentence(m)}",
    };

    private static string SyntaxFix(JsonException error) => error.Message switch
    {
        var m when m.Contains("depth", StringComparison.OrdinalIgnoreCase) => "Paste a single access package assignment policy.",
        _ => "Check that the text is complete (nothing cut off at the end) and that every quote, comma, } and ] is in place.",
    };

    /// <summary>System.Text.Json reports duplicate names without a location; find it by reading the document again.</summary>
    private static PolicyJsonProblem? DuplicateProblem(string json, JsonException error)
    {
        if (!error.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return FindDuplicate(document.RootElement, "$") is { } duplicate
            ? new PolicyJsonProblem(duplicate.Path, $"\"{duplicate.Name}\" appears more than once in the same object, so it is unclear which value is meant and nothing was imported.",
                "Keep one of them and delete the others.", PolicyJsonProblemSeverity.Error)
            : null;
    }

    private static (string Path, string Name)? FindDuplicate(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in element.EnumerateObject())
            {
                if (!seen.Add(member.Name))
                {
                    return ($"{path}.{member.Name}", member.Name);
                }

                if (FindDuplicate(member.Value, $"{path}.{member.Name}") is { } inner)
                {
                    return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (FindDuplicate(item, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{i++}]")) is { } inner)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    private static string Location(JsonException error) => string.IsNullOrEmpty(error.Path) ? "$" : error.Path;

    private static string Position(JsonException error) =>
        $"line {(error.LineNumber ?? 0) + 1}, position {(error.BytePositionInLine ?? 0) + 1}";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    private static PolicyImportResult Failed(PolicyJsonProblem problem) => new(null, [problem]);
}
