using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Baselines;

namespace PolicyPortal.Web.Baselines;

/// <summary>Finds what each id of a baseline stands for in this tenant: the same id when it is here (the baseline came
/// from this tenant), else the one object of its kind with the name the baseline keeps (another tenant). What neither
/// finds is said, never guessed: the admin chooses.</summary>
public sealed class BaselineMatcher(IAccessPackageCatalog catalog, IDirectoryNames names, IDirectorySearch search)
{
    /// <summary>How many packages a name search looks at; a name shared by more is reported as several.</summary>
    private const int PackagesByName = 50;

    public async Task<IReadOnlyList<IdMatch>> MatchAsync(BaselineReading baseline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var matches = new List<IdMatch>();
        foreach (var package in baseline.Policies.Select(p => p.Package).DistinctBy(PackageKey))
        {
            matches.Add(await PackageAsync(package, cancellationToken));
        }

        var directory = baseline.Policies
            .SelectMany(p => SubjectNaming.DirectoryObjects(p.Draft).Select(id => (Id: id, Name: p.NameOf(id.Id))))
            .DistinctBy(d => d.Id).ToList();
        var found = (await names.FindAsync([.. directory.Select(d => d.Id)], cancellationToken))
            .ToDictionary(e => (e.Kind, Id: e.Id.ToLowerInvariant()));
        foreach (var (id, name) in directory)
        {
            matches.Add(found.TryGetValue((id.Kind, id.Id), out var entry)
                ? new IdMatch(IdMatchKind.DirectoryObject, id.Kind, id.Id, name, entry.Id, entry.DisplayName, MatchedBy.SameId)
                : await DirectoryByNameAsync(id, name, cancellationToken));
        }

        matches.AddRange(await CustomExtensionsAsync(baseline, matches, cancellationToken));
        return matches;
    }

    /// <summary>The key a baseline package is matched under: its id, or its name when the file gives no id.</summary>
    public static string PackageKey(BaselinePackage package) => (package.Id ?? package.DisplayName).Trim().ToLowerInvariant();

    private async Task<IdMatch> PackageAsync(BaselinePackage package, CancellationToken cancellationToken)
    {
        var key = PackageKey(package);
        if (package.Id is not null)
        {
            try
            {
                var live = await catalog.GetAsync(package.Id, cancellationToken);
                return new IdMatch(IdMatchKind.AccessPackage, null, key, package.DisplayName, live.Id, live.DisplayName, MatchedBy.SameId, live.CatalogId);
            }
            catch (GatewayNotFoundException)
            {
                // Not here under that id: look for its name.
            }
        }
        var named = (await catalog.PageAsync(package.DisplayName, PackagesByName, null, cancellationToken)).Items
            .Where(p => string.Equals(p.DisplayName, package.DisplayName, StringComparison.OrdinalIgnoreCase)
                && (package.Catalog is null || string.Equals(p.CatalogName, package.Catalog, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return named is [var one]
            ? new IdMatch(IdMatchKind.AccessPackage, null, key, package.DisplayName, one.Id, one.DisplayName, MatchedBy.Name, one.CatalogId)
            : new IdMatch(IdMatchKind.AccessPackage, null, key, package.DisplayName, null, null, named.Count > 1 ? MatchedBy.SeveralByName : MatchedBy.NotFound);
    }

    private async Task<IdMatch> DirectoryByNameAsync(DirectoryObjectId id, string? name, CancellationToken cancellationToken)
    {
        var named = name is null
            ? []
            : (await search.SearchAsync(name, [id.Kind], cancellationToken))
                .Where(e => e.Kind == id.Kind && string.Equals(e.DisplayName, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return named is [var one]
            ? new IdMatch(IdMatchKind.DirectoryObject, id.Kind, id.Id, name, one.Id, one.DisplayName, MatchedBy.Name)
            : new IdMatch(IdMatchKind.DirectoryObject, id.Kind, id.Id, name, null, null, named.Count > 1 ? MatchedBy.SeveralByName : MatchedBy.NotFound);
    }

    /// <summary>Custom extensions live in a catalog: each is looked for in the catalog of its policy's package here.</summary>
    private async Task<List<IdMatch>> CustomExtensionsAsync(BaselineReading baseline, List<IdMatch> matches, CancellationToken cancellationToken)
    {
        var listed = new Dictionary<string, IReadOnlyList<CustomExtensionInfo>>(StringComparer.OrdinalIgnoreCase);
        var result = new List<IdMatch>();
        foreach (var policy in baseline.Policies)
        {
            var catalogId = matches.Single(m => m.Kind == IdMatchKind.AccessPackage && m.BaselineId == PackageKey(policy.Package)).CatalogId;
            foreach (var setting in policy.Draft.CustomExtensionStageSettings.Where(s => !string.IsNullOrWhiteSpace(s.CustomExtensionId)))
            {
                var id = setting.CustomExtensionId.Trim().ToLowerInvariant();
                if (result.Any(m => m.BaselineId == id))
                {
                    continue;
                }
                var name = setting.CustomExtensionDisplayName ?? policy.NameOf(id);
                if (catalogId is not null && !listed.ContainsKey(catalogId))
                {
                    listed[catalogId] = await catalog.CustomExtensionsAsync(catalogId, cancellationToken);
                }
                var here = catalogId is null ? [] : listed[catalogId];
                var sameName = here.Where(e => string.Equals(e.DisplayName, name, StringComparison.OrdinalIgnoreCase)).ToList();
                var (live, by) = here.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase)) is { } same
                    ? (same, MatchedBy.SameId)
                    : sameName is [var one] ? (one, MatchedBy.Name) : (null, sameName.Count > 1 ? MatchedBy.SeveralByName : MatchedBy.NotFound);
                result.Add(new IdMatch(IdMatchKind.CustomExtension, null, id, name, live?.Id, live?.DisplayName, by, catalogId));
            }
        }
        return result;
    }
}
