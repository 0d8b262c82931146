using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.CheckMemberGroups;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Requestors;
using PolicyPortal.Graph.Directory;

namespace PolicyPortal.Graph.Requestors;

/// <summary>Reads a requestor in at most three rounds of <c>$batch</c> (one per 20 requests): (1) the user, their managers, sponsors, group
/// memberships, the connected organizations and the deciding groups; (2) what the user's answers point to: their
/// sponsor groups, their home tenant and their organization's sponsors; (3) the organization's sponsor groups.</summary>
internal sealed class GraphRequestorDirectory(GraphServiceClient client) : IRequestorDirectory
{
    /// <summary>directoryobject-checkmembergroups: "Up to 20 groups may be specified".</summary>
    private const int GroupsPerCheck = 20;

    private static readonly string[] EntrySelect = ["id", "displayName"];

    public async Task<RequestorReading> ReadAsync(string userId, RequestorNeeds needs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var log = new List<DirectoryRequest>();
        var user = client.Users[userId];

        var first = new BatchRound(client, 1, log);
        var profileStep = await first.AddAsync(user.ToGetRequestInformation(c => c.QueryParameters.Select =
            ["id", "displayName", "mail", "userPrincipalName", "userType", "identities", "preferredLanguage"]),
            "who they are: member or guest, where they sign in, their preferred language").ConfigureAwait(false);
        // user-list-manager: $levels works on a single user and needs ConsistencyLevel: eventual.
        var managersStep = needs.ManagerLevels == 0 ? null : await first.AddAsync(user.ToGetRequestInformation(c =>
        {
            c.QueryParameters.Select = ["id"];
            c.QueryParameters.Expand = [$"manager($levels={needs.ManagerLevels};$select=id,displayName)"];
            c.Headers.Add("ConsistencyLevel", "eventual");
        }), $"their managers, up to {needs.ManagerLevels} level{(needs.ManagerLevels == 1 ? "" : "s")}").ConfigureAwait(false);
        var sponsorsStep = !needs.Sponsors ? null : await first.AddAsync(user.Sponsors.ToGetRequestInformation(c => c.QueryParameters.Select = EntrySelect),
            "their own sponsors").ConfigureAwait(false);
        var membershipSteps = new List<string>();
        foreach (var chunk in needs.MembershipGroupIds.Chunk(GroupsPerCheck))
        {
            membershipSteps.Add(await first.AddAsync(user.CheckMemberGroups.ToPostRequestInformation(new CheckMemberGroupsPostRequestBody { GroupIds = [.. chunk] }),
                "which of the groups that may request they are in, directly or nested").ConfigureAwait(false));
        }
        var organizationsStep = !needs.Organization ? null : await first.AddAsync(
            client.IdentityGovernance.EntitlementManagement.ConnectedOrganizations.ToGetRequestInformation(c =>
                c.QueryParameters.Select = ["id", "displayName", "state", "identitySources"]),
            "the connected organizations and the identity sources their users sign in with").ConfigureAwait(false);
        var groups = new GroupReading(client);
        await groups.AddAsync(first, needs.DeciderGroupIds).ConfigureAwait(false);
        await first.SendAsync(cancellationToken).ConfigureAwait(false);

        var profile = Profile(await first.ReadAsync<User>(profileStep).ConfigureAwait(false), first.Status(profileStep), userId);
        var unknown = new Dictionary<RequestorFact, string>();
        var managers = managersStep is null ? [] : await ManagersAsync(first, managersStep, unknown).ConfigureAwait(false);
        var sponsors = sponsorsStep is null ? [] : await SponsorsAsync(first, sponsorsStep, unknown).ConfigureAwait(false);
        var memberOf = await MemberOfAsync(first, membershipSteps, unknown).ConfigureAwait(false);
        var organizations = organizationsStep is null ? [] : await OrganizationsAsync(first, organizationsStep, unknown).ConfigureAwait(false);
        await groups.ReadAsync(first).ConfigureAwait(false);

        // Round 2: the user's sponsor groups, their home tenant (for organizations that are Entra tenants) and the
        // sponsors of the organizations they may belong to.
        var second = new BatchRound(client, 2, log);
        await groups.AddAsync(second, sponsors.Where(s => s.Kind == SubjectKind.Group).Select(s => s.Id)).ConfigureAwait(false);
        var membership = new OrganizationMembership(client, profile, organizations);
        await membership.AddAsync(second).ConfigureAwait(false);
        await second.SendAsync(cancellationToken).ConfigureAwait(false);
        await groups.ReadAsync(second).ConfigureAwait(false);
        var organization = await membership.ReadAsync(second, unknown).ConfigureAwait(false);

        var third = new BatchRound(client, 3, log);
        if (organization is not null)
        {
            await groups.AddAsync(third, organization.InternalSponsors.Concat(organization.ExternalSponsors)
                .Where(s => s.Kind == SubjectKind.Group).Select(s => s.Id)).ConfigureAwait(false);
        }
        await third.SendAsync(cancellationToken).ConfigureAwait(false);
        await groups.ReadAsync(third).ConfigureAwait(false);

        var facts = new RequestorFacts
        {
            Profile = profile,
            Managers = managers,
            Sponsors = sponsors,
            MemberOf = memberOf,
            Organization = organization,
            Groups = groups.Found,
            UnreadableGroups = groups.Unreadable,
            Unknown = unknown,
        };
        return new RequestorReading(facts, log);
    }

    private static RequestorProfile Profile(User? user, HttpStatusCode status, string userId)
    {
        if (user?.Id is null)
        {
            throw status switch
            {
                HttpStatusCode.NotFound => new GatewayNotFoundException($"The user {userId} no longer exists in the directory. Pick someone else."),
                HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized => new GatewayAccessDeniedException(
                    $"PolicyPortal may not read users (Graph answered {(int)status}). It needs the delegated permission User.ReadBasic.All; ask an admin to consent to it for PolicyPortal in Entra ID."),
                _ => new GatewayUnavailableException($"Microsoft Graph failed to read the user (HTTP {(int)status}). Nothing was lost; try again.", null),
            };
        }
        var isGuest = string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase);
        return new RequestorProfile(user.Id, user.DisplayName ?? user.UserPrincipalName ?? user.Id, user.Mail, isGuest,
            isGuest ? HomeDomain(user) : null, user.PreferredLanguage);
    }

    /// <summary>Where a guest signs in: objectIdentity's issuer ("the domain of the federated organization, for example
    /// contoso.com"), else the domain of their mail (entra-docs shows issuers such as ExternalAzureAD, which name no domain).</summary>
    private static string? HomeDomain(User user)
    {
        var own = user.UserPrincipalName?.Split('@')[^1];
        return user.Identities?.Select(i => i.Issuer).FirstOrDefault(issuer => issuer is not null && issuer.Contains('.', StringComparison.Ordinal)
                && !string.Equals(issuer, own, StringComparison.OrdinalIgnoreCase))
            ?? user.Mail?.Split('@') switch { [_, var domain] => domain, _ => null };
    }

    private static async Task<IReadOnlyList<DirectoryEntry>> ManagersAsync(BatchRound round, string step, Dictionary<RequestorFact, string> unknown)
    {
        var user = await round.ReadAsync<User>(step).ConfigureAwait(false);
        if (user is null)
        {
            unknown[RequestorFact.Managers] = Missing.Fact(round.Status(step), "the manager chain", "User.Read.All");
            return [];
        }
        var chain = new List<DirectoryEntry>();
        for (var manager = user.Manager; manager?.Id is not null; manager = (manager as User)?.Manager)
        {
            chain.Add(DirectoryEntries.OfMember(manager));
        }
        return chain;
    }

    private static async Task<IReadOnlyList<DirectoryEntry>> SponsorsAsync(BatchRound round, string step, Dictionary<RequestorFact, string> unknown)
    {
        var page = await round.ReadAsync<DirectoryObjectCollectionResponse>(step).ConfigureAwait(false);
        if (page is null)
        {
            unknown[RequestorFact.Sponsors] = Missing.Fact(round.Status(step), "the user's sponsors", "User.Read.All");
            return [];
        }
        return DirectoryEntries.OfMembers(page);
    }

    private static async Task<IReadOnlySet<string>> MemberOfAsync(BatchRound round, List<string> steps, Dictionary<RequestorFact, string> unknown)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var step in steps)
        {
            if (await round.ReadAsync<CheckMemberGroupsPostResponse>(step).ConfigureAwait(false) is { } answer)
            {
                found.UnionWith(answer.Value ?? []);
            }
            else
            {
                unknown[RequestorFact.Membership] = Missing.Fact(round.Status(step), "group membership", "GroupMember.Read.All");
            }
        }
        return found;
    }

    private static async Task<IReadOnlyList<ConnectedOrganization>> OrganizationsAsync(BatchRound round, string step, Dictionary<RequestorFact, string> unknown)
    {
        var page = await round.ReadAsync<ConnectedOrganizationCollectionResponse>(step).ConfigureAwait(false);
        if (page is null)
        {
            unknown[RequestorFact.Organization] = Missing.Fact(round.Status(step), "the connected organizations", "EntitlementManagement.Read.All");
        }
        return page?.Value ?? [];
    }
}
