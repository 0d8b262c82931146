using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using PolicyPortal.Sandbox.Seed;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Contract;

/// <summary>The directory driven by the real Graph SDK over loopback HTTP, as the portal drives it.</summary>
public sealed class DirectoryContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Users_SearchWithConsistencyLevel_ReturnsEveryPrefixMatch()
    {
        using var client = fixture.Host.CreateGraphClient();

        var page = await client.Users.GetAsync(rc =>
        {
            rc.QueryParameters.Search = "\"displayName:meg\"";
            rc.QueryParameters.Select = ["id", "displayName", "mail"];
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, Ct);

        var names = page!.Value!.Select(u => u.DisplayName).ToList();
        names.ShouldContain("Megan Bowen");
        names.ShouldContain("Meghan Lee");
        names.ShouldAllBe(n => n!.Split(' ', StringSplitOptions.None).Any(w => w.StartsWith("Meg", StringComparison.OrdinalIgnoreCase)));
        page.Value!.Single(u => u.DisplayName == "Megan Bowen").Id.ShouldBe(SandboxSeedIds.Users.MeganBowen);
    }

    [Fact]
    public async Task Groups_SearchWithConsistencyLevel_FindsMarkupNameVerbatim()
    {
        using var client = fixture.Host.CreateGraphClient();

        var page = await client.Groups.GetAsync(rc =>
        {
            rc.QueryParameters.Search = "\"displayName:ops\"";
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, Ct);

        page!.Value!.Select(g => g.DisplayName).ShouldBe(["<b>Ops</b>"]);
        page.Value![0].Id.ShouldBe(SandboxSeedIds.Groups.OpsMarkup);
    }

    [Fact]
    public async Task Users_SearchWithoutConsistencyLevel_ThrowsUnsupportedQuery()
    {
        using var client = fixture.Host.CreateGraphClient();

        var error = await Should.ThrowAsync<ODataError>(() => client.Users.GetAsync(rc => rc.QueryParameters.Search = "\"displayName:meg\"", Ct));

        error.ResponseStatusCode.ShouldBe(400);
        error.Error!.Code.ShouldBe("Request_UnsupportedQuery");
    }

    [Fact]
    public async Task Batch_UsersAndGroupsSearch_AnswersEachInnerRequest()
    {
        using var client = fixture.Host.CreateGraphClient();
        var batch = new BatchRequestContentCollection(client);
        var usersStep = await batch.AddBatchRequestStepAsync(client.Users.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Search = "\"displayName:adele\"";
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }));
        var groupsStep = await batch.AddBatchRequestStepAsync(client.Groups.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Search = "\"displayName:finance\"";
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }));

        var response = await client.Batch.PostAsync(batch, Ct);

        var users = await response.GetResponseByIdAsync<UserCollectionResponse>(usersStep);
        var groups = await response.GetResponseByIdAsync<GroupCollectionResponse>(groupsStep);
        users.Value!.Select(u => u.Id).ShouldBe([SandboxSeedIds.Users.AdeleVance]);
        groups.Value!.Select(g => g.DisplayName).ShouldBe(["Finance Approvers", "Finance Team"], ignoreOrder: true);
        var journal = await fixture.Host.JournalAsync();
        var entry = journal.Last(e => e.Path.Contains("$batch", StringComparison.Ordinal));
        entry.Requests!.Select(r => r.Url).ShouldAllBe(u => u.StartsWith("/users", StringComparison.Ordinal) || u.StartsWith("/groups", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_PageIterator_VisitsEveryUserExactlyOnce()
    {
        using var client = fixture.Host.CreateGraphClient();
        var first = await client.Users.GetAsync(rc =>
        {
            rc.QueryParameters.Top = 50;
            rc.QueryParameters.Select = ["id", "displayName"];
        }, Ct);
        var seen = new List<string>();

        var iterator = PageIterator<User, UserCollectionResponse>.CreatePageIterator(client, first!, user =>
        {
            seen.Add(user.Id!);
            return true;
        });
        await iterator.IterateAsync(Ct);

        seen.Count.ShouldBe(SeedData.For(SandboxScale.Standard).Users.Count);
        seen.Distinct().Count().ShouldBe(seen.Count);
        first!.OdataNextLink.ShouldStartWith(fixture.Host.GraphUrl + "/users?");
    }

    [Fact]
    public async Task Users_SearchPagedWithCount_CountsOnceAndKeepsTheSearchOnEveryPage()
    {
        using var client = fixture.Host.CreateGraphClient();
        var first = await client.Users.GetAsync(rc =>
        {
            rc.QueryParameters.Search = "\"department:Sales\"";
            rc.QueryParameters.Count = true;
            rc.QueryParameters.Top = 10;
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, Ct);
        var seen = 0;

        var iterator = PageIterator<User, UserCollectionResponse>.CreatePageIterator(client, first!, _ =>
        {
            seen++;
            return true;
        }, request =>
        {
            request.Headers.Add("ConsistencyLevel", "eventual");
            return request;
        });
        await iterator.IterateAsync(Ct);

        first!.OdataCount.ShouldBe(SeedData.For(SandboxScale.Standard).Users.Items.Count(u => u.GetString("department") == "Sales"));
        seen.ShouldBe((int)first.OdataCount!.Value);
    }

    [Fact]
    public async Task Users_FilterStartsWithAndSelect_ReturnsOnlySelectedProperties()
    {
        using var client = fixture.Host.CreateGraphClient();

        var page = await client.Users.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "startswith(displayName,'Zo')";
            rc.QueryParameters.Select = ["displayName", "department", "jobTitle"];
        }, Ct);

        var zoe = page!.Value!.Single(u => u.DisplayName == "Zoë Müller");
        zoe.Department.ShouldBe("Engineering");
        zoe.Id.ShouldBeNull();
        zoe.Mail.ShouldBeNull();
    }

    [Fact]
    public async Task Users_GetByIdAndManager_ReturnsWellKnownPeople()
    {
        using var client = fixture.Host.CreateGraphClient();

        var siobhan = await client.Users[SandboxSeedIds.Users.SiobhanOBrien].GetAsync(cancellationToken: Ct);
        var guest = await client.Users[SandboxSeedIds.Users.RafaelSouzaGuest].GetAsync(rc => rc.QueryParameters.Select = ["userPrincipalName", "userType"], Ct);
        var manager = await client.Users[SandboxSeedIds.Users.AdeleVance].Manager.GetAsync(cancellationToken: Ct);

        siobhan!.DisplayName.ShouldBe("Siobhán O'Brien");
        siobhan.Mail.ShouldBe("siobhan.obrien@northwind.example");
        guest!.UserPrincipalName!.ShouldContain("#EXT#");
        guest.UserType.ShouldBe("Guest");
        manager.ShouldBeOfType<User>().Id.ShouldBe(SandboxSeedIds.Users.PattiFernandez);
    }

    [Fact]
    public async Task ServicePrincipals_SearchAndFilterById_FindSeededApps()
    {
        using var client = fixture.Host.CreateGraphClient();

        var searched = await client.ServicePrincipals.GetAsync(rc =>
        {
            rc.QueryParameters.Search = "\"displayName:payroll\" OR \"displayName:bot\"";
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, Ct);
        var byId = await client.ServicePrincipals.GetAsync(rc =>
            rc.QueryParameters.Filter = $"id in ('{SandboxSeedIds.ServicePrincipals.PayrollConnector}','{SandboxSeedIds.ServicePrincipals.ProvisioningBot}')", Ct);

        searched!.Value!.Select(s => s.Id).ShouldBe([SandboxSeedIds.ServicePrincipals.PayrollConnector, SandboxSeedIds.ServicePrincipals.ProvisioningBot], ignoreOrder: true);
        byId!.Value!.Count.ShouldBe(2);
    }
}
