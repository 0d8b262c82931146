using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>The seed under other ids: the same people, groups, packages and policies by the same names, as a second tenant
/// set up from the same plan would hold them. Every id the seed gives an object is replaced, wherever it appears (bodies,
/// links, memberships); ids of things outside the tenant (another organization's tenant id) stay.</summary>
internal static partial class SeedRekey
{
    public static TenantSnapshot Apply(TenantSnapshot seed, string idSeed)
    {
        var sets = new[] { seed.Users, seed.Groups, seed.ServicePrincipals, seed.ConnectedOrganizations, seed.Catalogs, seed.AccessPackages, seed.Policies, seed.CustomWorkflowExtensions };
        var ids = sets.SelectMany(set => set.Items).Select(e => e.Id)
            .ToDictionary(id => id, id => DeterministicGuid.For($"tenant {idSeed}", id), StringComparer.OrdinalIgnoreCase);
        string Map(string id) => ids.GetValueOrDefault(id, id);

        EntitySet Rekeyed(EntitySet set) => new(set.Items.Select(entity =>
        {
            var json = Guid().Replace(entity.Data.GetRawText(), match => Map(match.Value));
            using var document = JsonDocument.Parse(json);
            return new Entity(Map(entity.Id), document.RootElement.Clone(), entity.Links.ToDictionary(l => l.Key, l => Map(l.Value)));
        }));

        return new TenantSnapshot(Rekeyed(seed.Users), Rekeyed(seed.Groups), Rekeyed(seed.ServicePrincipals), Rekeyed(seed.ConnectedOrganizations),
            Rekeyed(seed.Catalogs), Rekeyed(seed.AccessPackages), Rekeyed(seed.Policies), Rekeyed(seed.CustomWorkflowExtensions))
        {
            Relations = seed.Relations.Rekeyed(Map),
        };
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
