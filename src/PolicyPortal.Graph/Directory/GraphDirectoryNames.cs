using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Errors;

namespace PolicyPortal.Graph.Directory;

/// <summary>Looks objects up by id with one GET each, sent together in <c>$batch</c>es of 20 (Graph's limit); an id
/// Graph answers 404 for is simply not found.</summary>
internal sealed class GraphDirectoryNames(GraphServiceClient client) : IDirectoryNames
{
    public async Task<IReadOnlyList<DirectoryEntry>> FindAsync(IReadOnlyCollection<DirectoryObjectId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var batch = new BatchRequestContentCollection(client);
        var steps = new List<(SubjectKind Kind, string StepId)>();
        foreach (var id in ids.Distinct())
        {
            steps.Add((id.Kind, await batch.AddBatchRequestStepAsync(Request(id)).ConfigureAwait(false)));
        }

        try
        {
            var response = await client.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
            var statuses = await response.GetResponsesStatusCodesAsync().ConfigureAwait(false);
            var found = new List<DirectoryEntry>();
            foreach (var (kind, stepId) in steps.Where(step => statuses.GetValueOrDefault(step.StepId) == HttpStatusCode.OK))
            {
                found.Add(await ReadAsync(response, kind, stepId).ConfigureAwait(false));
            }
            return found;
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            throw GraphErrorTranslator.Translate(error, "look up names in the directory");
        }
    }

    private RequestInformation Request(DirectoryObjectId id) => id.Kind switch
    {
        SubjectKind.User => client.Users[id.Id].ToGetRequestInformation(c => c.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName"]),
        SubjectKind.Group => client.Groups[id.Id].ToGetRequestInformation(c => c.QueryParameters.Select = ["id", "displayName", "mail"]),
        SubjectKind.ServicePrincipal => client.ServicePrincipals[id.Id].ToGetRequestInformation(c => c.QueryParameters.Select = ["id", "displayName", "appId"]),
        SubjectKind.ConnectedOrganization => client.IdentityGovernance.EntitlementManagement.ConnectedOrganizations[id.Id]
            .ToGetRequestInformation(c => c.QueryParameters.Select = ["id", "displayName", "description"]),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id.Kind, "Only directory objects can be looked up by id."),
    };

    private static async Task<DirectoryEntry> ReadAsync(BatchResponseContentCollection response, SubjectKind kind, string stepId) => kind switch
    {
        SubjectKind.User => DirectoryEntries.Of(await response.GetResponseByIdAsync<User>(stepId).ConfigureAwait(false)),
        SubjectKind.Group => DirectoryEntries.Of(await response.GetResponseByIdAsync<Group>(stepId).ConfigureAwait(false)),
        SubjectKind.ServicePrincipal => DirectoryEntries.Of(await response.GetResponseByIdAsync<ServicePrincipal>(stepId).ConfigureAwait(false)),
        _ => DirectoryEntries.Of(await response.GetResponseByIdAsync<ConnectedOrganization>(stepId).ConfigureAwait(false)),
    };
}
