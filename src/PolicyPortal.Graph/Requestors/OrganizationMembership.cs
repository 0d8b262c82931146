using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using PolicyPortal.Core.Requestors;
using PolicyPortal.Graph.Directory;

namespace PolicyPortal.Graph.Requestors;

/// <summary>Which connected organization a guest belongs to. entra-docs (entitlement-management-organization.md): it is
/// the identity source they sign in with: a domain source matches their sign-in domain; an Entra tenant source matches
/// when that domain is one of the tenant's, which tenantrelationship-findtenantinformationbydomainname tells. Member
/// users sign in with this tenant and belong to no connected organization.</summary>
internal sealed class OrganizationMembership(GraphServiceClient client, RequestorProfile profile, IReadOnlyList<ConnectedOrganization> organizations)
{
    private readonly List<(ConnectedOrganization Organization, string Internal, string External)> _sponsorSteps = [];
    private ConnectedOrganization? _byDomain;
    private string? _tenantStep;

    public async Task AddAsync(BatchRound round)
    {
        if (!profile.IsGuest || profile.HomeDomain is not { } domain)
        {
            return;
        }
        _byDomain = organizations.FirstOrDefault(o => Sources(o).OfType<DomainIdentitySource>().Any(s => Same(s.DomainName, domain))
            || Sources(o).OfType<ExternalDomainFederation>().Any(s => Same(s.DomainName, domain)));
        var candidates = _byDomain is not null ? [_byDomain] : organizations.Where(o => TenantIds(o).Any()).ToList();
        if (_byDomain is null && candidates.Count > 0)
        {
            _tenantStep = await round.AddAsync(client.TenantRelationships.FindTenantInformationByDomainNameWithDomainName(domain).ToGetRequestInformation(),
                $"which Entra tenant, if any, {domain} belongs to").ConfigureAwait(false);
        }
        foreach (var organization in candidates)
        {
            var item = client.IdentityGovernance.EntitlementManagement.ConnectedOrganizations[organization.Id];
            _sponsorSteps.Add((organization,
                await round.AddAsync(item.InternalSponsors.ToGetRequestInformation(), $"the internal sponsors of {organization.DisplayName}").ConfigureAwait(false),
                await round.AddAsync(item.ExternalSponsors.ToGetRequestInformation(), $"the external sponsors of {organization.DisplayName}").ConfigureAwait(false)));
        }
    }

    public async Task<OrganizationFacts?> ReadAsync(BatchRound round, Dictionary<RequestorFact, string> unknown)
    {
        var domain = profile.HomeDomain;
        var (organization, matchedBy) = _byDomain is not null ? (_byDomain, $"signs in with the domain {domain}") : (null, "");
        if (_tenantStep is not null)
        {
            var tenant = await round.ReadAsync<TenantInformation>(_tenantStep).ConfigureAwait(false);
            var status = round.Status(_tenantStep);
            if (tenant is null && status != HttpStatusCode.NotFound)
            {
                unknown[RequestorFact.Organization] = Missing.Fact(status, $"which Entra tenant {domain} belongs to", "CrossTenantInformation.ReadBasic.All");
                return null;
            }
            organization = tenant is null ? null : organizations.FirstOrDefault(o => TenantIds(o).Any(id => Same(id, tenant.TenantId)));
            matchedBy = $"signs in from the Entra tenant {tenant?.DisplayName ?? tenant?.TenantId} ({domain})";
        }
        if (organization is null)
        {
            return null;
        }

        var steps = _sponsorSteps.Single(s => s.Organization == organization);
        var internalSponsors = await round.ReadAsync<DirectoryObjectCollectionResponse>(steps.Internal).ConfigureAwait(false);
        var externalSponsors = await round.ReadAsync<DirectoryObjectCollectionResponse>(steps.External).ConfigureAwait(false);
        if (internalSponsors is null || externalSponsors is null)
        {
            var failed = internalSponsors is null ? steps.Internal : steps.External;
            unknown[RequestorFact.Organization] = Missing.Fact(round.Status(failed), $"the sponsors of {organization.DisplayName}", "EntitlementManagement.Read.All");
            return null;
        }
        return new OrganizationFacts(organization.Id!, organization.DisplayName ?? organization.Id!, organization.State == ConnectedOrganizationState.Configured,
            matchedBy, DirectoryEntries.OfMembers(internalSponsors), DirectoryEntries.OfMembers(externalSponsors));
    }

    private static List<IdentitySource> Sources(ConnectedOrganization organization) => organization.IdentitySources ?? [];

    private static IEnumerable<string?> TenantIds(ConnectedOrganization organization) => Sources(organization)
        .Select(s => s switch
        {
            AzureActiveDirectoryTenant tenant => tenant.TenantId,
            CrossCloudAzureActiveDirectoryTenant tenant => tenant.TenantId,
            _ => null,
        })
        .Where(id => id is not null);

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
