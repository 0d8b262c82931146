using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Query;

/// <summary>A navigation property that <c>$expand</c> can follow: the kind it leads to (late-bound, because kinds
/// refer to each other) and the related entities of one entity.</summary>
internal sealed record Navigation(Func<ResourceKind> Target, Func<Entity, TenantSnapshot, IEnumerable<Entity>> Resolve, bool IsCollection)
{
    public static Navigation Many(Func<ResourceKind> target, Func<Entity, TenantSnapshot, IEnumerable<Entity>> resolve) =>
        new(target, resolve, IsCollection: true);

    public static Navigation One(Func<ResourceKind> target, Func<Entity, TenantSnapshot, Entity?> resolve) =>
        new(target, (entity, snapshot) => resolve(entity, snapshot) is { } related ? [related] : [], IsCollection: false);
}
