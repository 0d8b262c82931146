using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Sandbox.Seed;
using PolicyPortal.Sandbox.Store;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Seed;

/// <summary><c>Sandbox:Scale=Large</c>: a tenant of thousands, the same on every build, that Graph clients page through.</summary>
public sealed class LargeSeedTests
{
    [Fact]
    public void LargeSeed_HasTheStandardSeedAndThousandsMore_TheSameOnEveryBuild()
    {
        var standard = SeedData.For(SandboxScale.Standard);
        var large = SeedData.For(SandboxScale.Large);

        large.AccessPackages.Count.ShouldBe(standard.AccessPackages.Count + 5_000);
        large.Catalogs.Count.ShouldBe(standard.Catalogs.Count + 200);
        large.Users.Count.ShouldBe(standard.Users.Count + 100_000);
        large.Groups.Count.ShouldBe(standard.Groups.Count + 5_000);
        large.AccessPackages.Find(SandboxSeedIds.AccessPackages.MarketingCampaignTools).ShouldNotBeNull("what tests name is still there");
        var again = SeedLarge.AddTo(standard);
        again.Users.Items.Select(u => u.Id).ShouldBe(large.Users.Items.Select(u => u.Id));
        again.AccessPackages.Items.Select(p => p.Id).ShouldBe(large.AccessPackages.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task LargeTenant_OverHttp_PagesPackagesAndFindsPeopleByName()
    {
        await using var host = await SandboxHost.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:Scale"] = "Large" });
        using var client = host.CreateGraphClient();
        var ct = TestContext.Current.CancellationToken;

        var first = await client.IdentityGovernance.EntitlementManagement.AccessPackages.GetAsync(c => c.QueryParameters.Top = 50, ct);
        first!.Value!.Count.ShouldBe(50);
        first.OdataNextLink.ShouldNotBeNull();
        var filtered = await client.IdentityGovernance.EntitlementManagement.AccessPackages.GetAsync(c =>
        {
            c.QueryParameters.Filter = "contains(tolower(displayName),'resources 4999')";
            c.QueryParameters.Top = 20;
        }, ct);
        filtered!.Value!.ShouldHaveSingleItem().DisplayName.ShouldEndWith("resources 4999");
        var people = await client.Users.GetAsync(c =>
        {
            c.QueryParameters.Search = "\"displayName:Priya\"";
            c.QueryParameters.Top = 10;
            c.Headers.Add("ConsistencyLevel", "eventual");
        }, ct);
        people!.Value!.Count.ShouldBe(10);
        people.Value.ShouldAllBe(u => u.DisplayName!.Contains("Priya", StringComparison.OrdinalIgnoreCase));
        host.Services.GetRequiredService<TenantStore>().Current.Users.Count.ShouldBeGreaterThan(100_000);
    }
}
