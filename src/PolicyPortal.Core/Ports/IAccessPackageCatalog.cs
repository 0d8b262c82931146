namespace PolicyPortal.Core.Ports;

/// <summary>The access packages the signed-in admin can read, a page at a time: a tenant may have thousands.</summary>
public interface IAccessPackageCatalog
{
    /// <summary>Up to <paramref name="size"/> packages whose name contains <paramref name="nameContains"/> (all when
    /// empty), in the directory's order; <paramref name="nextPage"/> is the previous page's
    /// <see cref="AccessPackagePage.NextPage"/>, to go on from there.</summary>
    Task<AccessPackagePage> PageAsync(string? nameContains, int size, string? nextPage, CancellationToken cancellationToken);

    /// <summary>One package, or a <see cref="GatewayNotFoundException"/>.</summary>
    Task<AccessPackageInfo> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The custom workflow extensions of a catalog (<see cref="AccessPackageInfo.CatalogId"/>).</summary>
    Task<IReadOnlyList<CustomExtensionInfo>> CustomExtensionsAsync(string catalogId, CancellationToken cancellationToken);
}

/// <summary>One page of packages, and where the next one starts (null after the last).</summary>
public sealed record AccessPackagePage(IReadOnlyList<AccessPackageInfo> Items, string? NextPage);
