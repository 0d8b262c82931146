namespace PolicyPortal.Core.Ports;

/// <summary>The access packages the signed-in admin can read.</summary>
public interface IAccessPackageCatalog
{
    /// <summary>Packages whose name contains <paramref name="nameContains"/> (all when empty), by name.</summary>
    Task<IReadOnlyList<AccessPackageInfo>> ListAsync(string? nameContains, CancellationToken cancellationToken);

    /// <summary>One package, or a <see cref="GatewayNotFoundException"/>.</summary>
    Task<AccessPackageInfo> GetAsync(string id, CancellationToken cancellationToken);
}
