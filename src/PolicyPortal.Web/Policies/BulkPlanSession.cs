using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Validation;

namespace PolicyPortal.Web.Policies;

/// <summary>The flow behind "Change many policies": find and choose packages (one by one or a whole catalog), then plan
/// a change or a new policy across them from the policies Graph has now. Planning sends nothing.</summary>
public sealed class BulkPlanSession(IAccessPackageCatalog catalog, IPolicyGateway gateway, PolicyDraftValidator validator)
{
    /// <summary>How many packages a search shows; a catalog is chosen whole by paging through every package.</summary>
    public const int PackagesShown = 50;

    private readonly Dictionary<string, AccessPackageInfo> _chosen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The packages the last search found.</summary>
    public IReadOnlyList<AccessPackageInfo> Found { get; private set; } = [];

    public IReadOnlyCollection<AccessPackageInfo> Chosen => _chosen.Values;

    public bool IsChosen(AccessPackageInfo package) => _chosen.ContainsKey(package.Id);

    public void Choose(AccessPackageInfo package, bool chosen)
    {
        if (chosen)
        {
            _chosen[package.Id] = package;
        }
        else
        {
            _chosen.Remove(package.Id);
        }
    }

    public async Task FindAsync(string? nameContains, CancellationToken cancellationToken) =>
        Found = (await catalog.PageAsync(nameContains, PackagesShown, null, cancellationToken)).Items;

    /// <summary>Chooses every package of the catalog, however many pages that takes; returns how many there are.</summary>
    public async Task<int> ChooseCatalogAsync(string catalogName, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var package in catalog.AllAsync(cancellationToken))
        {
            if (string.Equals(package.CatalogName, catalogName, StringComparison.Ordinal))
            {
                Choose(package, true);
                count++;
            }
        }
        return count;
    }

    /// <summary>The edit on every chosen package's policies that <paramref name="filter"/> selects.</summary>
    public async Task<IReadOnlyList<BulkPlanItem>> PlanChangeAsync(PolicyFilter filter, BulkEdit edit, CancellationToken cancellationToken) =>
        BulkPlan.Change(await TargetsAsync(cancellationToken), filter, edit, validator);

    /// <summary>A copy of <paramref name="source"/> for each chosen package.</summary>
    public async Task<IReadOnlyList<BulkPlanItem>> PlanCreateAsync(PolicyDraft source, CancellationToken cancellationToken) =>
        BulkPlan.Create(await TargetsAsync(cancellationToken), source, validator);

    private async Task<List<BulkTarget>> TargetsAsync(CancellationToken cancellationToken)
    {
        var targets = new List<BulkTarget>();
        foreach (var package in _chosen.Values.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture))
        {
            targets.Add(new BulkTarget(package, await gateway.ListAsync(package.Id, cancellationToken)));
        }
        return targets;
    }
}
