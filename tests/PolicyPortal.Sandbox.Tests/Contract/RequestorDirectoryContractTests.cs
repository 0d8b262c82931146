using System.Net;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.CheckMemberGroups;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Contract;

/// <summary>What a requestor's approvers are worked out from, driven by the real Graph SDK over loopback HTTP: the
/// manager chain, sponsors, nested group membership and connected organizations' sponsors, as Graph documents them.</summary>
public sealed class RequestorDirectoryContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ManagerChain_ExpandedWithLevelsMax_ClimbsToTheTopWhoseManagerIsLeftOut()
    {
        using var client = fixture.Host.CreateGraphClient();

        // user-list-manager's example: GET /users/{id}?$expand=manager($levels=max;$select=id,displayName)&$select=id,displayName
        var alex = await client.Users[SandboxSeedIds.Users.AlexWilber].GetAsync(rc =>
        {
            rc.QueryParameters.Expand = ["manager($levels=max;$select=id,displayName)"];
            rc.QueryParameters.Select = ["id", "displayName"];
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, Ct);

        var chain = new List<string>();
        for (var manager = alex!.Manager as User; manager is not null; manager = manager.Manager as User)
        {
            chain.Add(manager.DisplayName!);
            manager.Mail.ShouldBeNull("only id and displayName were selected");
        }
        chain.Count.ShouldBe(3, "team lead, director, chief executive");
        chain[^1].ShouldBe("Patti Fernandez");
    }

    [Fact]
    public async Task ManagerChain_WithTwoLevels_StopsAtTheSecond()
    {
        var (status, body) = await fixture.Host.SendJsonAsync(HttpMethod.Get,
            $"v1.0/users/{SandboxSeedIds.Users.AlexWilber}?$expand=manager($levels=2;$select=id,displayName)&$select=id",
            headers: new Dictionary<string, string> { ["ConsistencyLevel"] = "eventual" });

        status.ShouldBe(HttpStatusCode.OK);
        body!["manager"]!["@odata.type"]!.GetValue<string>().ShouldBe("#microsoft.graph.user");
        var second = body["manager"]!["manager"]!;
        second.AsObject().ContainsKey("manager").ShouldBeFalse("two levels asked, two given");
        var above = await fixture.Host.SendJsonAsync(HttpMethod.Get, $"v1.0/users/{second["id"]!.GetValue<string>()}/manager");
        above.Body!["id"]!.GetValue<string>().ShouldBe(SandboxSeedIds.Users.PattiFernandez, "the second level is the director, under the chief executive");
    }

    [Fact]
    public async Task ManagerChain_WithLevelsButWithoutConsistencyLevel_IsRefused()
    {
        var response = await fixture.Host.SendJsonAsync(HttpMethod.Get, $"v1.0/users/{SandboxSeedIds.Users.AlexWilber}?$expand=manager($levels=max)");

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_UnsupportedQuery");
    }

    [Fact]
    public async Task Manager_OfTheChiefExecutive_IsNotFound()
    {
        using var client = fixture.Host.CreateGraphClient();

        var error = await Should.ThrowAsync<ODataError>(() => client.Users[SandboxSeedIds.Users.PattiFernandez].Manager.GetAsync(cancellationToken: Ct));

        error.ResponseStatusCode.ShouldBe(404);
        error.Error!.Code.ShouldBe("Request_ResourceNotFound");
    }

    [Fact]
    public async Task Sponsors_OfGuests_AreUsersAndGroupsEachWithItsType_OrNone()
    {
        using var client = fixture.Host.CreateGraphClient();

        var mei = await client.Users[SandboxSeedIds.Users.MeiLinGuest].Sponsors.GetAsync(cancellationToken: Ct);
        var oskar = await client.Users[SandboxSeedIds.Users.OskarLindqvistGuest].Sponsors.GetAsync(cancellationToken: Ct);

        mei!.Value!.OfType<User>().ShouldHaveSingleItem().Id.ShouldBe(SandboxSeedIds.Users.MeganBowen);
        mei.Value!.OfType<Group>().ShouldHaveSingleItem().Id.ShouldBe(SandboxSeedIds.Groups.PartnerReviewers);
        oskar!.Value.ShouldBeEmpty();
    }

    [Fact]
    public async Task TransitiveMembers_OfANestingGroup_CountTheNestedGroupsAndTheirMembers()
    {
        using var client = fixture.Host.CreateGraphClient();

        var direct = await client.Groups[SandboxSeedIds.Groups.AllEmployees].Members.Count.GetAsync(rc => rc.Headers.Add("ConsistencyLevel", "eventual"), Ct);
        var transitive = await client.Groups[SandboxSeedIds.Groups.AllEmployees].TransitiveMembers.Count.GetAsync(rc => rc.Headers.Add("ConsistencyLevel", "eventual"), Ct);
        var salesTeam = await client.Groups[SandboxSeedIds.Groups.SalesTeam].TransitiveMembers.Count.GetAsync(rc => rc.Headers.Add("ConsistencyLevel", "eventual"), Ct);
        var empty = await client.Groups[SandboxSeedIds.Groups.LegalHoldReviewers].TransitiveMembers.Count.GetAsync(rc => rc.Headers.Add("ConsistencyLevel", "eventual"), Ct);

        direct.ShouldBe(11, "the chief executive and the ten department teams");
        transitive.ShouldBe(1 + 10 + (10 * salesTeam!.Value), "each team has as many members as Sales");
        empty.ShouldBe(0);
    }

    [Fact]
    public async Task TransitiveMembers_FirstPage_NamesEachMembersTypeAndLinksTheNext()
    {
        using var client = fixture.Host.CreateGraphClient();

        var page = await client.Groups[SandboxSeedIds.Groups.PartnerReviewers].TransitiveMembers.GetAsync(rc =>
        {
            rc.QueryParameters.Top = 2;
            rc.QueryParameters.Select = ["id", "displayName"];
        }, Ct);

        page!.Value!.Count.ShouldBe(2);
        page.Value![0].ShouldBeOfType<User>().DisplayName.ShouldBe("Megan Bowen");
        page.Value![1].ShouldBeOfType<Group>().DisplayName.ShouldBe("Sales Managers");
        page.OdataNextLink.ShouldNotBeNull("the Sales Managers' members follow");
    }

    [Fact]
    public async Task Count_WithoutConsistencyLevel_IsRefused_AndOfAnUnknownGroupIsNotFound()
    {
        var withoutHeader = await fixture.Host.SendJsonAsync(HttpMethod.Get, $"v1.0/groups/{SandboxSeedIds.Groups.SalesTeam}/transitiveMembers/$count");
        var unknown = await fixture.Host.SendJsonAsync(HttpMethod.Get, $"v1.0/groups/{Guid.NewGuid()}/transitiveMembers/$count",
            headers: new Dictionary<string, string> { ["ConsistencyLevel"] = "eventual" });

        withoutHeader.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_BadRequest");
        unknown.ShouldBeGraphError(HttpStatusCode.NotFound, "Request_ResourceNotFound");
    }

    [Fact]
    public async Task CheckMemberGroups_AnswersTransitively_WhichOfTheGroupsHoldTheUser()
    {
        using var client = fixture.Host.CreateGraphClient();
        string[] groups = [SandboxSeedIds.Groups.PartnerReviewers, SandboxSeedIds.Groups.AllEmployees, SandboxSeedIds.Groups.FinanceApprovers];

        var megan = await client.Users[SandboxSeedIds.Users.MeganBowen].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(
            new CheckMemberGroupsPostRequestBody { GroupIds = [.. groups] }, cancellationToken: Ct);
        var guest = await client.Users[SandboxSeedIds.Users.RafaelSouzaGuest].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(
            new CheckMemberGroupsPostRequestBody { GroupIds = [.. groups] }, cancellationToken: Ct);

        megan!.Value.ShouldBe([SandboxSeedIds.Groups.PartnerReviewers, SandboxSeedIds.Groups.AllEmployees], ignoreOrder: true,
            "a direct member of Partner Reviewers, and of All Employees through the Marketing Team");
        guest!.Value.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckMemberGroups_OfMoreThanTwentyGroups_IsRefused()
    {
        var body = $$"""{"groupIds":[{{string.Join(',', Enumerable.Range(0, 21).Select(_ => $"\"{Guid.NewGuid()}\""))}}]}""";

        var response = await fixture.Host.SendJsonAsync(HttpMethod.Post, $"v1.0/users/{SandboxSeedIds.Users.MeganBowen}/checkMemberGroups", body);

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_BadRequest");
    }

    [Fact]
    public async Task ConnectedOrganizationSponsors_InternalAndExternal_OrNone()
    {
        using var client = fixture.Host.CreateGraphClient();
        var organizations = client.IdentityGovernance.EntitlementManagement.ConnectedOrganizations;

        var contosoInternal = await organizations[SandboxSeedIds.ConnectedOrganizations.ContosoPartners].InternalSponsors.GetAsync(cancellationToken: Ct);
        var contosoExternal = await organizations[SandboxSeedIds.ConnectedOrganizations.ContosoPartners].ExternalSponsors.GetAsync(cancellationToken: Ct);
        var fabrikamInternal = await organizations[SandboxSeedIds.ConnectedOrganizations.Fabrikam].InternalSponsors.GetAsync(cancellationToken: Ct);
        var tailspinInternal = await organizations[SandboxSeedIds.ConnectedOrganizations.TailspinToys].InternalSponsors.GetAsync(cancellationToken: Ct);

        contosoInternal!.Value!.ShouldHaveSingleItem().ShouldBeOfType<User>().Id.ShouldBe(SandboxSeedIds.Users.MeganBowen);
        contosoExternal!.Value!.ShouldHaveSingleItem().ShouldBeOfType<User>().Id.ShouldBe(SandboxSeedIds.Users.RafaelSouzaGuest);
        fabrikamInternal!.Value!.ShouldHaveSingleItem().ShouldBeOfType<Group>().Id.ShouldBe(SandboxSeedIds.Groups.PartnerReviewers);
        tailspinInternal!.Value.ShouldBeEmpty();
    }

    [Fact]
    public async Task Guests_SignInAtTheirOrganization_WhoseDomainIsTheirIdentitysIssuer()
    {
        using var client = fixture.Host.CreateGraphClient();

        var guest = await client.Users[SandboxSeedIds.Users.RafaelSouzaGuest].GetAsync(rc =>
            rc.QueryParameters.Select = ["id", "userType", "identities", "creationType", "externalUserState", "preferredLanguage"], Ct);
        var member = await client.Users[SandboxSeedIds.Users.JoseAlvarez].GetAsync(rc => rc.QueryParameters.Select = ["identities", "preferredLanguage"], Ct);

        guest!.Identities!.ShouldHaveSingleItem().Issuer.ShouldBe("contoso.example");
        guest.CreationType.ShouldBe("Invitation");
        guest.ExternalUserState.ShouldBe("Accepted");
        member!.Identities!.ShouldHaveSingleItem().SignInType.ShouldBe("userPrincipalName");
        member.PreferredLanguage.ShouldBe("es-ES");
    }

    [Fact]
    public async Task TenantOfADomain_ContosoIsAnEntraTenant_OtherDomainsAreNotFound()
    {
        using var client = fixture.Host.CreateGraphClient();

        // tenantrelationship-findtenantinformationbydomainname: GET /tenantRelationships/findTenantInformationByDomainName(domainName='{id}')
        var contoso = await client.TenantRelationships.FindTenantInformationByDomainNameWithDomainName("contoso.example").GetAsync(cancellationToken: Ct);
        var fabrikam = await Should.ThrowAsync<ODataError>(() =>
            client.TenantRelationships.FindTenantInformationByDomainNameWithDomainName("fabrikam.example").GetAsync(cancellationToken: Ct));

        contoso!.DisplayName.ShouldBe("Contoso");
        contoso.DefaultDomainName.ShouldBe("contoso.example");
        var organization = await client.IdentityGovernance.EntitlementManagement.ConnectedOrganizations[SandboxSeedIds.ConnectedOrganizations.ContosoPartners].GetAsync(cancellationToken: Ct);
        organization!.IdentitySources!.OfType<AzureActiveDirectoryTenant>().ShouldHaveSingleItem().TenantId.ShouldBe(contoso.TenantId,
            "Contoso Partners' identity source is the tenant that owns contoso.example");
        fabrikam.ResponseStatusCode.ShouldBe((int)HttpStatusCode.NotFound, "fabrikam.example is a domain source, not an Entra tenant");
    }
}
