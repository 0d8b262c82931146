using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Query;

/// <summary>A navigation property that <c>$expand</c> can follow: the kind it leads to (late-bound, because kinds
/// refer to each other) and the related entities of one entity. <see cref="TakesSelectAndLevels"/>: Graph documents
/// <c>$select</c> and <c>$levels</c> inside its <c>$expand</c> (user-list-manager), so <c>$levels</c> may follow it
/// again from what it reached (a user's manager's manager); elsewhere only a nested <c>$expand</c> is documented.
/// <see cref="NamesType"/>: what it reaches carries its <c>@odata.type</c> (the navigation is declared as a base type,
/// e.g. a manager is a directoryObject).</summary>
internal sealed record Navigation(Func<ResourceKind> Target, Func<Entity, TenantSnapshot, IEnumerable<Entity>> Resolve, bool IsCollection,
    bool TakesSelectAndLevels = false, bool NamesType = false)
{
    public static Navigation Many(Func<ResourceKind> target, Func<Entity, TenantSnapshot, IEnumerable<Entity>> resolve) =>
        new(target, resolve, IsCollection: true);

    public static Navigation One(Func<ResourceKind> target, Func<Entity, TenantSnapshot, Entity?> resolve) =>
        new(target, (entity, snapshot) => resolve(entity, snapshot) is { } related ? [related] : [], IsCollection: false);
}
