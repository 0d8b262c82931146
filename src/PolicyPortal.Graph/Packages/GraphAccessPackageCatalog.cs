using Microsoft.Graph;
using Microsoft.Graph.Models;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Directory;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Packages;

internal sealed class GraphAccessPackageCatalog(GraphServiceClient client) : IAccessPackageCatalog
{
    private static readonly string[] Fields = ["id", "displayName", "description", "isHidden"];

    public async Task<IReadOnlyList<AccessPackageInfo>> ListAsync(string? nameContains, CancellationToken cancellationToken)
    {
        try
        {
            var packages = new List<AccessPackageInfo>();
            var page = await client.IdentityGovernance.EntitlementManagement.AccessPackages.GetAsync(c =>
            {
                c.QueryParameters.Select = Fields;
                c.QueryParameters.Expand = ["catalog"];
                if (!string.IsNullOrWhiteSpace(nameContains))
                {
                    // Graph documents contains() on the lower-cased name for access packages; there is no $search.
                    c.QueryParameters.Filter = $"contains(tolower(displayName),{ODataText.Literal(nameContains.Trim().ToLowerInvariant())})";
                }
            }, cancellationToken).ConfigureAwait(false);

            var iterator = PageIterator<AccessPackage, AccessPackageCollectionResponse>.CreatePageIterator(client, page!, package =>
            {
                packages.Add(ToInfo(package));
                return true;
            });
            await iterator.IterateAsync(cancellationToken).ConfigureAwait(false);
            return packages.OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            throw GraphErrorTranslator.Translate(error, "list the access packages");
        }
    }

    public async Task<AccessPackageInfo> GetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var package = await client.IdentityGovernance.EntitlementManagement.AccessPackages[id].GetAsync(c =>
            {
                c.QueryParameters.Select = Fields;
                c.QueryParameters.Expand = ["catalog"];
            }, cancellationToken).ConfigureAwait(false);
            return ToInfo(package!);
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            throw GraphErrorTranslator.Translate(error, "open the access package");
        }
    }

    private static AccessPackageInfo ToInfo(AccessPackage package) =>
        new(package.Id!, package.DisplayName ?? package.Id!, package.Description, package.Catalog?.DisplayName, package.IsHidden ?? false);
}
