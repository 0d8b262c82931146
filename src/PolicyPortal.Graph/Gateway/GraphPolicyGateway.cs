using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Client;
using PolicyPortal.Graph.Directory;
using PolicyPortal.Graph.Errors;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Graph.Gateway;

internal sealed class GraphPolicyGateway(GraphServiceClient client) : IPolicyGateway
{
    /// <summary>
    /// Everything a full PUT replaces: Graph returns custom extension stage settings only when expanded (v1.0
    /// customExtensionStageSetting, get example 2), and a PUT without them would remove them.
    /// </summary>
    private static readonly string[] ReadForEdit = ["accessPackage", "customExtensionStageSettings($expand=customExtension)"];

    /// <summary>Graph's errors as the generated request builders map them: any status to an <see cref="ODataError"/>.</summary>
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ODataErrors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    private Microsoft.Graph.IdentityGovernance.EntitlementManagement.AssignmentPolicies.AssignmentPoliciesRequestBuilder Policies =>
        client.IdentityGovernance.EntitlementManagement.AssignmentPolicies;

    public Task<IReadOnlyList<PolicyDraft>> ListAsync(string accessPackageId, CancellationToken cancellationToken) =>
        TranslatedAsync("list the package's policies", async () =>
        {
            var drafts = new List<PolicyDraft>();
            var page = await Policies.GetAsync(c =>
            {
                c.QueryParameters.Filter = $"accessPackage/id eq {ODataText.Literal(accessPackageId)}";
                c.QueryParameters.Expand = ReadForEdit;
            }, cancellationToken).ConfigureAwait(false);
            var iterator = PageIterator<AccessPackageAssignmentPolicy, AccessPackageAssignmentPolicyCollectionResponse>
                .CreatePageIterator(client, page!, policy =>
                {
                    drafts.Add(PolicyMapper.FromGraph(policy));
                    return true;
                });
            await iterator.IterateAsync(cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<PolicyDraft>)drafts.OrderBy(d => d.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        });

    public Task<PolicyDraft> GetAsync(string policyId, CancellationToken cancellationToken) =>
        TranslatedAsync("open the policy", async () =>
        {
            var policy = await Policies[policyId].GetAsync(c => c.QueryParameters.Expand = ReadForEdit, cancellationToken).ConfigureAwait(false);
            return PolicyMapper.FromGraph(policy!);
        });

    public PreparedPolicy Prepare(PolicyDraft draft) => new GraphPreparedPolicy(PolicyMapper.ToGraph(draft), draft.IsNew ? null : draft.Id);

    public Task<PolicyWrite> SubmitAsync(PreparedPolicy policy, CancellationToken cancellationToken)
    {
        // Only our own prepared objects: anything else would break "what you preview is what is sent".
        var prepared = policy as GraphPreparedPolicy
            ?? throw new ArgumentException("Submit only what this gateway prepared.", nameof(policy));
        return TranslatedAsync(prepared.IsUpdate ? "update the policy" : "create the policy", async () =>
        {
            var answer = new WriteAnswer();
            var saved = await client.RequestAdapter.SendPrimitiveAsync<Stream>(prepared.ToRequest(Policies, answer.Options), ODataErrors, cancellationToken)
                .ConfigureAwait(false);
            return answer.For(await SavedPolicy.IdAsync(saved, cancellationToken).ConfigureAwait(false) ?? prepared.PolicyId ?? string.Empty);
        }, writesPolicy: true);
    }

    public Task<PolicyWrite> DeleteAsync(string policyId, CancellationToken cancellationToken) =>
        TranslatedAsync("delete the policy", async () =>
        {
            var answer = new WriteAnswer();
            await Policies[policyId].DeleteAsync(answer.Ask, cancellationToken).ConfigureAwait(false);
            return answer.For(policyId);
        });

    /// <summary>Asks the middleware for the response's request-id header and final status, which the SDK does not return.</summary>
    private sealed class WriteAnswer
    {
        private readonly Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options.HeadersInspectionHandlerOption _headers = new() { InspectResponseHeaders = true };
        private readonly ResponseStatusOption _status = new();

        public IEnumerable<Microsoft.Kiota.Abstractions.IRequestOption> Options => [_headers, _status];

        public void Ask(Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Kiota.Abstractions.DefaultQueryParameters> request)
        {
            foreach (var option in Options)
            {
                request.Options.Add(option);
            }
        }

        public PolicyWrite For(string policyId) =>
            new(policyId, _headers.ResponseHeaders.TryGetValue("request-id", out var values) ? values.FirstOrDefault() : null, _status.Status);
    }

    private static async Task<T> TranslatedAsync<T>(string action, Func<Task<T>> call, bool writesPolicy = false)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception error) when (GraphErrorTranslator.CanTranslate(error))
        {
            throw GraphErrorTranslator.Translate(error, action, writesPolicy);
        }
    }
}
