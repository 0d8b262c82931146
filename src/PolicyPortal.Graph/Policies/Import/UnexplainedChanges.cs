using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Graph.Policies.Import;

/// <summary>
/// The importer's safety net: compares the JSON it read (after its own located corrections) with the JSON the portal
/// would send for the imported draft, and lists every difference that no earlier problem explains. Nothing an import
/// changes goes unsaid, even where no specific check foresaw it. Equal meaning is not a difference: <c>null</c> and
/// absent, an absent switch and <c>false</c>, an absent list and <c>[]</c>, <c>PT36H</c> and <c>P1DT12H</c>, one instant
/// in two spellings; read-only members (subject descriptions, timestamps, an expanded package or extension) are skipped.
/// </summary>
internal static class UnexplainedChanges
{
    private static readonly HashSet<string> ReadOnlyMembers = new(StringComparer.Ordinal)
    {
        "createdDateTime", "modifiedDateTime", "catalog",
    };

    private static readonly HashSet<string> SubjectTypesWithReadOnlyDescription = new(StringComparer.Ordinal)
    {
        "#microsoft.graph.singleUser", "#microsoft.graph.groupMembers", "#microsoft.graph.singleServicePrincipal",
        "#microsoft.graph.connectedOrganizationMembers", "#microsoft.graph.attributeRuleMembers",
    };

    // Members Graph documents with a default of true (accessPackageAssignmentReviewSettings): absent means true.
    private static readonly HashSet<string> TrueByDefault = new(StringComparer.Ordinal) { "isRecommendationEnabled", "isReviewerJustificationRequired" };

    public static IEnumerable<PolicyJsonProblem> Find(JsonObject read, JsonObject sent, IReadOnlyList<PolicyJsonProblem> reported)
    {
        var changes = new List<(string Path, string Message)>();
        Walk("$", read, sent, changes);
        return changes
            .Where(change => !reported.Any(problem => Covers(problem.Path, change.Path)))
            .Select(change => new PolicyJsonProblem(change.Path, change.Message,
                "Check this value on its wizard step before you submit; the Review step shows exactly what will be sent.", PolicyJsonProblemSeverity.Warning)
            {
                IsUnexplained = true,
            });
    }

    /// <summary>A problem at <c>$.a.b</c> explains changes at <c>$.a.b</c> and below it.</summary>
    private static bool Covers(string problemPath, string changePath) =>
        changePath == problemPath
        || (changePath.StartsWith(problemPath, StringComparison.Ordinal) && changePath.Length > problemPath.Length
            && changePath[problemPath.Length] is '.' or '[');

    private static void Walk(string path, JsonNode? read, JsonNode? sent, List<(string, string)> changes)
    {
        switch (read, sent)
        {
            case (JsonObject readObject, JsonObject sentObject):
                WalkObject(path, readObject, sentObject, changes);
                break;
            case (JsonArray readArray, JsonArray sentArray):
                for (var i = 0; i < Math.Max(readArray.Count, sentArray.Count); i++)
                {
                    var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    Walk(at, i < readArray.Count ? readArray[i] : null, i < sentArray.Count ? sentArray[i] : null, changes);
                }

                break;
            case (null, null):
                break;
            case (_, null) when !IsEmpty(read, Name(path)):
                changes.Add((path, $"PolicyPortal would leave out {Show(read)} here: the imported draft has no place for it."));
                break;
            case (null, _) when !IsEmpty(sent, Name(path)):
                changes.Add((path, $"The JSON does not say this, so PolicyPortal would send its default, {Show(sent)}."));
                break;
            case (JsonValue readValue, JsonValue sentValue) when !SameValue(readValue, sentValue):
                changes.Add((path, $"PolicyPortal would send {Show(sent)} here instead of {Show(read)}."));
                break;
            case ({ }, { }) when read is not JsonValue || sent is not JsonValue:
                // An object, list or value where the other side has another kind of node.
                changes.Add((path, $"PolicyPortal would send {Show(sent)} here instead of {Show(read)}."));
                break;
        }
    }

    private static void WalkObject(string path, JsonObject read, JsonObject sent, List<(string, string)> changes)
    {
        var type = (read["@odata.type"] ?? sent["@odata.type"])?.GetValue<string>();
        foreach (var name in read.Select(member => member.Key).Union(sent.Select(member => member.Key)))
        {
            var skip = ReadOnlyMembers.Contains(name)
                || (name.Contains('@', StringComparison.Ordinal) && name != "@odata.type")
                || (name == "description" && type is not null && SubjectTypesWithReadOnlyDescription.Contains(type))
                || (Name(path) is "accessPackage" or "customExtension" && name is not ("id" or "@odata.type"));
            if (!skip)
            {
                Walk($"{path}.{name}", read[name], sent[name], changes);
            }
        }
    }

    private static string Name(string path) => path[(path.LastIndexOf('.') + 1)..];

    /// <summary>Values that say no more than an absent member does.</summary>
    private static bool IsEmpty(JsonNode? node, string name) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.All(member => IsEmpty(member.Value, member.Key)),
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag == TrueByDefault.Contains(name),
        JsonValue value when value.TryGetValue<string>(out var text) => text is "" or "PT0S" or "notSpecified",
        JsonValue value when value.TryGetValue<int>(out var number) => number == 0,
        _ => false,
    };

    private static bool SameValue(JsonValue read, JsonValue sent)
    {
        if (JsonNode.DeepEquals(read, sent))
        {
            return true;
        }

        if (!read.TryGetValue<string>(out var a) || !sent.TryGetValue<string>(out var b))
        {
            return false;
        }

        if (a.StartsWith('P') && b.StartsWith('P') && TryDuration(a, out var spanA) && TryDuration(b, out var spanB))
        {
            return spanA == spanB;
        }

        return DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var timeA)
            && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var timeB)
            && timeA == timeB;
    }

    private static bool TryDuration(string text, out TimeSpan span)
    {
        try
        {
            span = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            span = default;
            return false;
        }
    }

    private static string Show(JsonNode? node) => Excerpt.Of(node?.ToJsonString() ?? "null");
}
