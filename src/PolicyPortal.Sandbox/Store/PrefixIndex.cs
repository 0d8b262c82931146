namespace PolicyPortal.Sandbox.Store;

/// <summary>Every key of a set's entities (a property's value, or each of its words), upper-cased and sorted, so the
/// entities whose key starts with a prefix are a binary search away, however large the directory: Graph's search is
/// indexed, and a stand-in that scans 100,000 users would make the portal look slower than it is. Matches what
/// <see cref="string.StartsWith(string, StringComparison)"/> with <see cref="StringComparison.OrdinalIgnoreCase"/> finds.</summary>
internal sealed class PrefixIndex
{
    private readonly string[] _keys;
    private readonly Entity[] _entities;

    public PrefixIndex(IEnumerable<Entity> entities, Func<Entity, IEnumerable<string>> keysOf)
    {
        var entries = entities.SelectMany(entity => keysOf(entity).Select(key => (Key: key.ToUpperInvariant(), Entity: entity)))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .ToArray();
        _keys = [.. entries.Select(entry => entry.Key)];
        _entities = [.. entries.Select(entry => entry.Entity)];
    }

    /// <summary>The entities with a key that starts with <paramref name="prefix"/>, case-insensitively, each once.</summary>
    public HashSet<Entity> StartingWith(string prefix)
    {
        var upper = prefix.ToUpperInvariant();
        var found = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        for (var i = LowerBound(upper); i < _keys.Length && _keys[i].StartsWith(upper, StringComparison.Ordinal); i++)
        {
            found.Add(_entities[i]);
        }
        return found;
    }

    private int LowerBound(string key)
    {
        var (low, high) = (0, _keys.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_keys[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
