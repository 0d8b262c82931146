using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Policies;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>Assembles the seed tenant once; every reset goes back to this same immutable snapshot.</summary>
internal static class SeedData
{
    private static readonly Lazy<TenantSnapshot> Standard = new(Build);
    private static readonly Lazy<TenantSnapshot> Large = new(() => SeedLarge.AddTo(Standard.Value));

    /// <summary>The seed of that size, built once per process; under other ids when <paramref name="idSeed"/> is given.</summary>
    public static TenantSnapshot For(SandboxScale scale, string? idSeed = null)
    {
        var seed = scale == SandboxScale.Large ? Large.Value : Standard.Value;
        return string.IsNullOrEmpty(idSeed) ? seed : SeedRekey.Apply(seed, idSeed);
    }

    private static TenantSnapshot Build()
    {
        var people = SeedPeople.Create();
        var users = new EntitySet(people.Select(u => ToEntity(u.ToJson(),
            u.ManagerId is null ? null : new Dictionary<string, string> { [Links.ManagerId] = u.ManagerId })));
        var catalogs = new EntitySet(SeedEntitlement.Catalogs().Select(c => ToEntity(c)));
        var packages = new EntitySet(SeedEntitlement.AccessPackages().Select(p => ToEntity(p.Package,
            new Dictionary<string, string> { [Links.CatalogId] = DeterministicGuid.For("catalog", p.Catalog) })));
        var snapshot = new TenantSnapshot(
            users,
            new EntitySet(SeedDirectory.Groups().Select(g => ToEntity(g))),
            new EntitySet(SeedDirectory.ServicePrincipals().Select(s => ToEntity(s))),
            new EntitySet(SeedEntitlement.ConnectedOrganizations().Select(o => ToEntity(o))),
            catalogs,
            packages,
            EntitySet.Empty,
            new EntitySet(SeedEntitlement.CustomWorkflowExtensions().Select(e => ToEntity(e.Extension,
                new Dictionary<string, string> { [Links.CatalogId] = DeterministicGuid.For("catalog", e.Catalog) }))))
        {
            Relations = SeedRelations.Create(people),
        };
        var policies = SeedPolicies.Create().Select((p, index) =>
        {
            p.Body["displayName"] = p.Name;
            p.Body["description"] = p.Body["description"]?.GetValue<string>() is { Length: > 0 } d ? d : $"{p.Name} ({p.Package}).";
            var created = DateTimeOffset.Parse(SeedEntitlement.Created, System.Globalization.CultureInfo.InvariantCulture).AddHours(index);
            var packageId = DeterministicGuid.For("accessPackage", p.Package);
            return PolicyEntityFactory.Create(p.Body, DeterministicGuid.For("policy", $"{p.Package}/{p.Name}"), packageId,
                created, created, snapshot);
        });
        return snapshot with { Policies = new EntitySet(policies) };
    }

    internal static Entity ToEntity(JsonObject json, IReadOnlyDictionary<string, string>? links = null) =>
        new(json["id"]!.GetValue<string>(), SandboxJson.ToElement(json), links);
}
