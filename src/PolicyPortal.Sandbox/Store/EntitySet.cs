using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PolicyPortal.Sandbox.Store;

/// <summary>An immutable, ordered collection with lookup by id (case-insensitive, as Graph ids are).</summary>
internal sealed class EntitySet
{
    private readonly FrozenDictionary<string, Entity> _byId;
    private readonly ConcurrentDictionary<string, Lazy<PrefixIndex>> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public EntitySet(IEnumerable<Entity> items)
    {
        Items = [.. items];
        _byId = Items.ToFrozenDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    public static EntitySet Empty { get; } = new([]);

    public ImmutableArray<Entity> Items { get; }

    public int Count => Items.Length;

    public Entity? Find(string? id) => id is not null && _byId.TryGetValue(id, out var entity) ? entity : null;

    public bool Contains(string? id) => Find(id) is not null;

    /// <summary>The <see cref="PrefixIndex"/> of one searchable property, built at its first search: a set never
    /// changes (a write makes a new one), so neither does its index.</summary>
    public PrefixIndex Index(string property, Func<Entity, IEnumerable<string>> keysOf) =>
        _indexes.GetOrAdd(property, _ => new Lazy<PrefixIndex>(() => new PrefixIndex(Items, keysOf))).Value;

    public EntitySet Upsert(Entity entity) =>
        _byId.ContainsKey(entity.Id)
            ? new(Items.Select(e => string.Equals(e.Id, entity.Id, StringComparison.OrdinalIgnoreCase) ? entity : e))
            : new(Items.Add(entity));

    public EntitySet Remove(string id) =>
        new(Items.Where(e => !string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase)));
}
