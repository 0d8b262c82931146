using System.Text.Json;
using PolicyPortal.Sandbox.Query;

namespace PolicyPortal.Sandbox.Store;

/// <summary>An immutable stored object: its JSON as Graph returns it plus links that are not part of it
/// (e.g. <c>accessPackage/id</c> of a policy). Immutable, so readers never need a lock.</summary>
internal sealed class Entity
{
    private readonly IReadOnlyDictionary<string, string> _links;

    public Entity(string id, JsonElement data, IReadOnlyDictionary<string, string>? links = null)
    {
        Id = id;
        Data = data;
        _links = links ?? new Dictionary<string, string>();
        DisplayName = GetString("displayName");
        DisplayNameTokens = SearchTokenizer.Tokenize(DisplayName);
        DescriptionTokens = SearchTokenizer.Tokenize(GetString("description"));
    }

    public string Id { get; }

    public JsonElement Data { get; }

    /// <summary>Read once: <c>$filter</c> and <c>$orderby</c> on it read it for every item of a collection, thousands
    /// in the large tenant.</summary>
    public string? DisplayName { get; }

    public IReadOnlyList<string> DisplayNameTokens { get; }

    public IReadOnlyList<string> DescriptionTokens { get; }

    public string? Link(string name) => _links.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyDictionary<string, string> Links => _links;

    /// <summary>A property by OData path (<c>displayName</c>, <c>accessPackage/id</c>) as text; booleans as
    /// <c>true</c>/<c>false</c>.</summary>
    public string? GetString(string path)
    {
        if (_links.TryGetValue(path, out var linked))
        {
            return linked;
        }
        if (path == "displayName" && DisplayName is not null)
        {
            return DisplayName;
        }
        var current = Data;
        foreach (var segment in path.AsSpan().Split('/'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(path.AsSpan(segment), out current))
            {
                return null;
            }
        }
        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => current.GetRawText(),
            _ => null,
        };
    }
}
