using Microsoft.Graph;
using Microsoft.Graph.Models;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Directory;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Packages;

internal sealed class GraphAccessPackageCatalog(GraphServiceClient client) : IAccessPackageCatalog
{
    private static readonly string[] Fields = ["id", "displayName", "description", "isHidden"];

    public async Task<AccessPackagePage> PageAsync(string? nameContains, int size, string? nextPage, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        try
        {
            var packages = client.IdentityGovernance.EntitlementManagement.AccessPackages;
            // The next page's address is Graph's own nextLink, kept on the server: it carries the query and the filter.
            var page = nextPage is not null
                ? await packages.WithUrl(nextPage).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                : await packages.GetAsync(c =>
                {
                    c.QueryParameters.Select = Fields;
                    c.QueryParameters.Expand = ["catalog"];
                    c.QueryParameters.Top = size;
                    if (!string.IsNullOrWhiteSpace(nameContains))
                    {
                        // Graph documents contains() on the lower-cased name for access packages; there is no $search.
                        c.QueryParameters.Filter = $"contains(tolower(displayName),{ODataText.Literal(nameContains.Trim().ToLowerInvariant())})";
                    }
                }, cancellationToken).ConfigureAwait(false);
            return new AccessPackagePage([.. (page?.Value ?? []).Select(ToInfo)], page?.OdataNextLink);
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

    public async Task<IReadOnlyList<CustomExtensionInfo>> CustomExtensionsAsync(string catalogId, CancellationToken cancellationToken)
    {
        try
        {
            var extensions = client.IdentityGovernance.EntitlementManagement.Catalogs[catalogId].CustomWorkflowExtensions;
            var page = await extensions.GetAsync(c => c.QueryParameters.Select = ["id", "displayName"], cancellationToken).ConfigureAwait(false);
            var found = new List<CustomExtensionInfo>();
            var iterator = PageIterator<CustomCalloutExtension, CustomCalloutExtensionCollectionResponse>.CreatePageIterator(client, page!, extension =>
            {
                found.Add(new CustomExtensionInfo(extension.Id!, extension.DisplayName ?? extension.Id!));
                return true;
            });
            await iterator.IterateAsync(cancellationToken).ConfigureAwait(false);
            return found;
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            throw GraphErrorTranslator.Translate(error, "list the catalog's custom extensions");
        }
    }

    private static AccessPackageInfo ToInfo(AccessPackage package) =>
        new(package.Id!, package.DisplayName ?? package.Id!, package.Description, package.Catalog?.DisplayName, package.IsHidden ?? false, package.Catalog?.Id);
}
