using PolicyPortal.Core.Ports;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>Packages come a page at a time ($top, then Graph's nextLink) and filtered on the server ($filter), through
/// the real SDK against the sandbox: nothing lists a whole tenant.</summary>
public sealed class AccessPackagePagingTests(SandboxServiceTest<IAccessPackageCatalog>.Server server)
    : SandboxServiceTest<IAccessPackageCatalog>(server)
{
    [Fact]
    public async Task Pages_OfTwo_FollowTheNextLinkThroughEveryPackageOnce_EachOneGraphRequest()
    {
        var all = (await Journal.GetJsonAsync("v1.0/identityGovernance/entitlementManagement/accessPackages?$top=999&$select=id", Ct))["value"]!.AsArray();
        await Journal.ClearAsync(Ct);
        var seen = new List<string>();
        var sizes = new List<int>();
        string? next = null;
        do
        {
            var page = await Service.PageAsync(null, 2, next, Ct);
            seen.AddRange(page.Items.Select(p => p.Id));
            sizes.Add(page.Items.Count);
            next = page.NextPage;
        }
        while (next is not null);

        seen.ShouldBeUnique();
        seen.Count.ShouldBe(all.Count);
        sizes.SkipLast(1).ShouldAllBe(size => size == 2);
        var asked = await Journal.RequestsAsync("GET", "/accessPackages", Ct);
        asked.Count.ShouldBe(sizes.Count, "one Graph request per page");
        asked[0].GetProperty("path").GetString()!.ShouldContain("$top=2");
        seen.ShouldContain(PolicyPortal.Sandbox.SandboxSeedIds.AccessPackages.MarketingCampaignTools);
    }

    [Fact]
    public async Task Filter_IsAppliedByGraph_AndItsNextPageKeepsIt()
    {
        var page = await Service.PageAsync("  SALES ", 1, null, Ct);

        page.Items.ShouldHaveSingleItem().DisplayName.ShouldContain("Sales", Case.Insensitive);
        Uri.UnescapeDataString((await Journal.RequestsAsync("GET", "/accessPackages", Ct)).ShouldHaveSingleItem().GetProperty("path").GetString()!)
            .ShouldContain("$filter=contains(tolower(displayName),'sales')", Case.Sensitive, "filtered on the server");
        for (var next = page.NextPage; next is not null;)
        {
            var more = await Service.PageAsync("sales", 1, next, Ct);
            more.Items.ShouldAllBe(p => p.DisplayName.Contains("sales", StringComparison.OrdinalIgnoreCase));
            next = more.NextPage;
        }
    }
}
