using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Directory;

/// <summary>Searches every asked-for kind in one <c>$batch</c>: one round trip per settled query, whatever the kinds.</summary>
internal sealed class GraphDirectorySearch(GraphServiceClient client) : IDirectorySearch
{
    private const int ResultsPerKind = 8;
    private const string ConsistencyLevel = "ConsistencyLevel";
    private const string Eventual = "eventual";

    public async Task<IReadOnlyList<DirectoryEntry>> SearchAsync(string text, IReadOnlyCollection<SubjectKind> kinds, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length == 0 || !kinds.Any(SubjectKinds.HasObjectId))
        {
            return [];
        }

        var batch = new BatchRequestContentCollection(client);
        var steps = new List<(SubjectKind Kind, string StepId)>();
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

    private IEnumerable<(SubjectKind Kind, RequestInformation Request)> Requests(string text, IReadOnlyCollection<SubjectKind> kinds)
    {
        if (kinds.Contains(SubjectKind.User))
        {
            yield return (SubjectKind.User, client.Users.ToGetRequestInformation(c =>
            {
                c.QueryParameters.Search = ODataText.Search(text, "displayName", "mail", "userPrincipalName");
                c.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName"];
                c.QueryParameters.Top = ResultsPerKind;
                c.Headers.Add(ConsistencyLevel, Eventual);
            }));
        }
        if (kinds.Contains(SubjectKind.Group))
        {
            yield return (SubjectKind.Group, client.Groups.ToGetRequestInformation(c =>
            {
                c.QueryParameters.Search = ODataText.Search(text, "displayName", "mail");
                c.QueryParameters.Select = ["id", "displayName", "mail"];
                c.QueryParameters.Top = ResultsPerKind;
                c.Headers.Add(ConsistencyLevel, Eventual);
            }));
        }
        if (kinds.Contains(SubjectKind.ServicePrincipal))
        {
            yield return (SubjectKind.ServicePrincipal, client.ServicePrincipals.ToGetRequestInformation(c =>
            {
                c.QueryParameters.Search = ODataText.Search(text, "displayName");
                c.QueryParameters.Select = ["id", "displayName", "appId"];
                c.QueryParameters.Top = ResultsPerKind;
                c.Headers.Add(ConsistencyLevel, Eventual);
            }));
        }
        if (kinds.Contains(SubjectKind.ConnectedOrganization))
        {
            // Connected organizations have no $search; Graph documents contains() on the lower-cased name.
            yield return (SubjectKind.ConnectedOrganization,
                client.IdentityGovernance.EntitlementManagement.ConnectedOrganizations.ToGetRequestInformation(c =>
                {
                    c.QueryParameters.Filter = $"contains(tolower(displayName),{ODataText.Literal(text.ToLowerInvariant())})";
                    c.QueryParameters.Select = ["id", "displayName", "description"];
                    c.QueryParameters.Top = ResultsPerKind;
                }));
        }
    }

    private static async Task<IEnumerable<DirectoryEntry>> ReadAsync(BatchResponseContentCollection response, SubjectKind kind, string stepId)
    {
        try
        {
            return kind switch
            {
                SubjectKind.User => (await response.GetResponseByIdAsync<UserCollectionResponse>(stepId).ConfigureAwait(false)).Value?
                    .Select(DirectoryEntries.Of) ?? [],
                SubjectKind.Group => (await response.GetResponseByIdAsync<GroupCollectionResponse>(stepId).ConfigureAwait(false)).Value?
                    .Select(DirectoryEntries.Of) ?? [],
                SubjectKind.ServicePrincipal => (await response.GetResponseByIdAsync<ServicePrincipalCollectionResponse>(stepId).ConfigureAwait(false)).Value?
                    .Select(DirectoryEntries.Of) ?? [],
                SubjectKind.ConnectedOrganization => (await response.GetResponseByIdAsync<ConnectedOrganizationCollectionResponse>(stepId).ConfigureAwait(false)).Value?
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
