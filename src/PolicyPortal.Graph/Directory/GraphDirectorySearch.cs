using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Directory;

/// <summary>Searches every asked-for kind in one <c>$batch</c>: one round trip per settled query, whatever the kinds.</summary>
internal sealed class GraphDirectorySearch(GraphServiceClient client) : IDirectorySearch
{
    private const int ResultsPerKind = 8;
    private const string ConsistencyLevel = "ConsistencyLevel";
    private const string Eventual = "eventual";

    public async Task<IReadOnlyList<DirectoryEntry>> SearchAsync(string text, DirectoryObjectKind kinds, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length == 0 || kinds == DirectoryObjectKind.None)
        {
            return [];
        }

        var batch = new BatchRequestContentCollection(client);
        var steps = new List<(DirectoryObjectKind Kind, string StepId)>();
        foreach (var (kind, request) in Requests(text, kinds))
        {
            steps.Add((kind, await batch.AddBatchRequestStepAsync(request).ConfigureAwait(false)));
        }

        BatchResponseContentCollection response;
        try
        {
            response = await client.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            throw GraphErrorTranslator.Translate(error, "search the directory");
        }

        var results = new List<DirectoryEntry>();
        foreach (var (kind, stepId) in steps)
        {
            results.AddRange(await ReadAsync(response, kind, stepId).ConfigureAwait(false));
        }
        return results;
    }

    private IEnumerable<(DirectoryObjectKind Kind, RequestInformation Request)> Requests(string text, DirectoryObjectKind kinds)
    {
        if (kinds.HasFlag(DirectoryObjectKind.User))
        {
            yield return (DirectoryObjectKind.User, client.Users.ToGetRequestInformation(c =>
            {
                c.QueryParameters.Search = ODataText.Search(text, "displayName", "mail", "userPrincipalName");
                c.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName"];
                c.QueryParameters.Top = ResultsPerKind;
                c.Headers.Add(ConsistencyLevel, Eventual);
            }));
        }
        if (kinds.HasFlag(DirectoryObjectKind.Group))
        {
            yield return (DirectoryObjectKind.Group, client.Groups.ToGetRequestInformation(c =>
            {
                c.QueryParameters.Search = ODataText.Search(text, "displayName", "mail");
                c.QueryParameters.Select = ["id", "displayName", "mail"];
                c.QueryParameters.Top = ResultsPerKind;
                c.Headers.Add(ConsistencyLevel, Eventual);
            }));
        }
        if (kinds.HasFlag(DirectoryObjectKind.ServicePrincipal))
        {
            yield return (DirectoryObjectKind.ServicePrincipal, client.ServicePrincipals.ToGetRequestInformation(c =>
            {
                c.QueryParameters.Search = ODataText.Search(text, "displayName");
                c.QueryParameters.Select = ["id", "displayName", "appId"];
                c.QueryParameters.Top = ResultsPerKind;
                c.Headers.Add(ConsistencyLevel, Eventual);
            }));
        }
        if (kinds.HasFlag(DirectoryObjectKind.ConnectedOrganization))
        {
            // Connected organizations have no $search; Graph documents contains() on the lower-cased name.
            yield return (DirectoryObjectKind.ConnectedOrganization,
                client.IdentityGovernance.EntitlementManagement.ConnectedOrganizations.ToGetRequestInformation(c =>
                {
                    c.QueryParameters.Filter = $"contains(tolower(displayName),{ODataText.Literal(text.ToLowerInvariant())})";
                    c.QueryParameters.Select = ["id", "displayName", "description"];
                    c.QueryParameters.Top = ResultsPerKind;
                }));
        }
    }

    private static async Task<IEnumerable<DirectoryEntry>> ReadAsync(BatchResponseContentCollection response, DirectoryObjectKind kind, string stepId)
    {
        try
        {
            return kind switch
            {
                DirectoryObjectKind.User => (await response.GetResponseByIdAsync<UserCollectionResponse>(stepId).ConfigureAwait(false)).Value?
                    .Select(DirectoryEntries.Of) ?? [],
                DirectoryObjectKind.Group => (await response.GetResponseByIdAsync<GroupCollectionResponse>(stepId).ConfigureAwait(false)).Value?
                    .Select(DirectoryEntries.Of) ?? [],
                DirectoryObjectKind.ServicePrincipal => (await response.GetResponseByIdAsync<ServicePrincipalCollectionResponse>(stepId).ConfigureAwait(false)).Value?
                    .Select(DirectoryEntries.Of) ?? [],
                DirectoryObjectKind.ConnectedOrganization => (await response.GetResponseByIdAsync<ConnectedOrganizationCollectionResponse>(stepId).ConfigureAwait(false)).Value?
                    .Select(DirectoryEntries.Of) ?? [],
                _ => [],
            };
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            throw GraphErrorTranslator.Translate(error, "search the directory");
        }
    }
}
