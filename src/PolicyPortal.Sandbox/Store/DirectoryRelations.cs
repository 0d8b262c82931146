using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PolicyPortal.Sandbox.Store;

/// <summary>The directory's many-to-many links, kept beside the entities: group members (users and groups, so groups
/// nest), a user's sponsors (users and groups) and a connected organization's internal and external sponsors.
/// Ids are case-insensitive, as Graph's are.</summary>
internal sealed class DirectoryRelations(
    IReadOnlyDictionary<string, ImmutableArray<string>> members,
    IReadOnlyDictionary<string, ImmutableArray<string>> sponsors,
    IReadOnlyDictionary<string, ImmutableArray<string>> internalSponsors,
    IReadOnlyDictionary<string, ImmutableArray<string>> externalSponsors)
{
    private readonly FrozenDictionary<string, ImmutableArray<string>> _members = members.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    private readonly FrozenDictionary<string, ImmutableArray<string>> _sponsors = sponsors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    private readonly FrozenDictionary<string, ImmutableArray<string>> _internalSponsors = internalSponsors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    private readonly FrozenDictionary<string, ImmutableArray<string>> _externalSponsors = externalSponsors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static DirectoryRelations Empty { get; } = new(
        new Dictionary<string, ImmutableArray<string>>(), new Dictionary<string, ImmutableArray<string>>(),
        new Dictionary<string, ImmutableArray<string>>(), new Dictionary<string, ImmutableArray<string>>());

    /// <summary>A group's direct members.</summary>
    public ImmutableArray<string> MembersOf(string groupId) => Get(_members, groupId);

    /// <summary>A group's members and its nested groups' members, each once, nested groups included (as Graph's
    /// <c>transitiveMembers</c>); a cycle ends where it closes.</summary>
    public IEnumerable<string> TransitiveMembersOf(string groupId)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { groupId };
        var pending = new Queue<string>([groupId]);
        while (pending.TryDequeue(out var group))
        {
            foreach (var member in MembersOf(group).Where(seen.Add))
            {
                yield return member;
                pending.Enqueue(member);
            }
        }
    }

    /// <summary>Whether <paramref name="objectId"/> is in the group, directly or through nested groups.</summary>
    public bool IsTransitiveMember(string objectId, string groupId) =>
        TransitiveMembersOf(groupId).Contains(objectId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The same relations with every id passed through <paramref name="map"/> (the seed under other ids).</summary>
    public DirectoryRelations Rekeyed(Func<string, string> map)
    {
        Dictionary<string, ImmutableArray<string>> Map(FrozenDictionary<string, ImmutableArray<string>> relation) =>
            relation.ToDictionary(r => map(r.Key), r => r.Value.Select(map).ToImmutableArray());
        return new(Map(_members), Map(_sponsors), Map(_internalSponsors), Map(_externalSponsors));
    }

    public ImmutableArray<string> SponsorsOf(string userId) => Get(_sponsors, userId);

    public ImmutableArray<string> InternalSponsorsOf(string organizationId) => Get(_internalSponsors, organizationId);

    public ImmutableArray<string> ExternalSponsorsOf(string organizationId) => Get(_externalSponsors, organizationId);

    private static ImmutableArray<string> Get(FrozenDictionary<string, ImmutableArray<string>> map, string id) =>
        map.TryGetValue(id, out var ids) ? ids : [];
}
