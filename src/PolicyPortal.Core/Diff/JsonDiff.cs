using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyPortal.Core.Diff;

/// <summary>
/// Compares two JSON texts by value: objects member by member whatever their order, arrays index by index (stage and
/// question order matter in a policy), scalars by their JSON text. Reports the deepest paths that differ, so a
/// changed approver id is one change, not a changed policy.
/// </summary>
public static class JsonDiff
{
    public static IReadOnlyList<JsonChange> Compare(string beforeJson, string afterJson)
    {
        ArgumentNullException.ThrowIfNull(beforeJson);
        ArgumentNullException.ThrowIfNull(afterJson);
        var changes = new List<JsonChange>();
        Walk("$", JsonNode.Parse(beforeJson), JsonNode.Parse(afterJson), present: (true, true), changes);
        return changes;
    }

    private static void Walk(string path, JsonNode? before, JsonNode? after, (bool Before, bool After) present, List<JsonChange> changes)
    {
        if (before is JsonObject oldObject && after is JsonObject newObject)
        {
            foreach (var (name, value) in oldObject)
            {
                Walk(Member(path, name), value, newObject[name], (true, newObject.ContainsKey(name)), changes);
            }

            foreach (var (name, value) in newObject.Where(member => !oldObject.ContainsKey(member.Key)))
            {
                Walk(Member(path, name), null, value, (false, true), changes);
            }

            return;
        }

        if (before is JsonArray oldArray && after is JsonArray newArray)
        {
            for (var i = 0; i < Math.Max(oldArray.Count, newArray.Count); i++)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                Walk(at, i < oldArray.Count ? oldArray[i] : null, i < newArray.Count ? newArray[i] : null, (i < oldArray.Count, i < newArray.Count), changes);
            }

            return;
        }

        var oldText = present.Before ? Text(before) : null;
        var newText = present.After ? Text(after) : null;
        if (!string.Equals(oldText, newText, StringComparison.Ordinal) && !(present.Before && present.After && JsonNode.DeepEquals(before, after)))
        {
            changes.Add(new JsonChange(path, oldText, newText));
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString(CompactOptions) ?? "null";

    // Simple names read as $.a.b; anything else (e.g. "@odata.type") as $['@odata.type'].
    private static string Member(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0])
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static readonly JsonSerializerOptions CompactOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
