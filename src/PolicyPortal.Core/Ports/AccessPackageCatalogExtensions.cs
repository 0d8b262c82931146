namespace PolicyPortal.Core.Ports;

public static class AccessPackageCatalogExtensions
{
    private const int PageSize = 100;

    /// <summary>Every package the admin can read, however many pages that takes.</summary>
    public static async IAsyncEnumerable<AccessPackageInfo> AllAsync(this IAccessPackageCatalog catalog,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        string? next = null;
        do
        {
            var page = await catalog.PageAsync(null, PageSize, next, cancellationToken);
            foreach (var package in page.Items)
            {
                yield return package;
            }
            next = page.NextPage;
        }
        while (next is not null);
    }
}
