using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Policies;
using PolicyPortal.Sandbox.Seed;
using PolicyPortal.Sandbox.Store;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Seed;

public sealed class SeedDataTests
{
    private static TenantSnapshot Seed => SeedData.For(SandboxScale.Standard);

    [Fact]
    public void People_BuiltTwice_AreIdentical()
    {
        var first = SeedPeople.Create();
        var second = SeedPeople.Create();

        second.ShouldBe(first);
    }

    [Fact]
    public void OtherIds_SameNamesAndLinks_NoIdShared()
    {
        var other = SeedData.For(SandboxScale.Standard, "second tenant");

        other.Groups.Items.Select(g => g.GetString("displayName")).Order().ShouldBe(Seed.Groups.Items.Select(g => g.GetString("displayName")).Order());
        other.Policies.Count.ShouldBe(Seed.Policies.Count);
        var ids = Seed.Users.Items.Concat(Seed.Groups.Items).Concat(Seed.AccessPackages.Items).Concat(Seed.Policies.Items).Select(e => e.Id).ToHashSet();
        other.Users.Items.Concat(other.Groups.Items).Concat(other.AccessPackages.Items).Concat(other.Policies.Items).ShouldAllBe(e => !ids.Contains(e.Id));
        other.Policies.Items.ShouldAllBe(p => ids.All(id => !p.Data.GetRawText().Contains(id, StringComparison.OrdinalIgnoreCase)), "bodies point at the other ids");
        var salesManagers = other.Groups.Items.Single(g => g.GetString("displayName") == "Sales Managers").Id;
        other.Relations.MembersOf(salesManagers).Length.ShouldBe(Seed.Relations.MembersOf(SandboxSeedIds.Groups.SalesManagers).Length);
        other.Relations.MembersOf(salesManagers).ShouldAllBe(m => other.Users.Contains(m) || other.Groups.Contains(m));
        other.PoliciesOf(other.AccessPackages.Items.Single(p => p.GetString("displayName") == "Sales Resources").Id).Count().ShouldBe(3);
    }

    [Fact]
    public void Directory_Size_IsARealisticCompany()
    {
        Seed.Users.Count.ShouldBeGreaterThanOrEqualTo(300);
        Seed.Users.Items.Count(u => u.GetString("userType") == "Guest").ShouldBeGreaterThanOrEqualTo(10);
        Seed.Users.Items.Where(u => u.GetString("userType") == "Guest").ShouldAllBe(u => u.GetString("userPrincipalName")!.Contains("#EXT#"));
        Seed.Users.Items.Select(u => u.GetString("department")).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10);
        Seed.Groups.Count.ShouldBeGreaterThanOrEqualTo(30);
        Seed.ServicePrincipals.Count.ShouldBeGreaterThanOrEqualTo(3);
        Seed.ConnectedOrganizations.Items.ShouldAllBe(o => o.Data.GetProperty("identitySources").GetArrayLength() > 0);
        Seed.Users.Items.Select(u => u.GetString("displayName")).Distinct().Count().ShouldBe(Seed.Users.Count);
    }

    [Fact]
    public void Directory_Names_ExerciseEscaping()
    {
        var names = Seed.Users.Items.Concat(Seed.Groups.Items).Select(e => e.GetString("displayName")).ToList();

        names.ShouldContain("Zoë Müller");
        names.ShouldContain("José Álvarez");
        names.ShouldContain("Siobhán O'Brien");
        names.ShouldContain("<b>Ops</b>");
    }

    [Fact]
    public void Managers_EveryMemberReportsUpToTheChiefExecutive()
    {
        foreach (var user in Seed.Users.Items.Where(u => u.GetString("userType") == "Member" && u.Id != SandboxSeedIds.Users.PattiFernandez))
        {
            var current = user;
            for (var hops = 0; current.Id != SandboxSeedIds.Users.PattiFernandez; hops++)
            {
                hops.ShouldBeLessThan(5);
                current = Seed.Users.Find(current.Link(Links.ManagerId)).ShouldNotBeNull();
            }
        }
    }

    [Theory]
    [InlineData(SandboxSeedIds.Users.MeganBowen, "Megan Bowen")]
    [InlineData(SandboxSeedIds.Users.MeghanLee, "Meghan Lee")]
    [InlineData(SandboxSeedIds.Users.AdeleVance, "Adele Vance")]
    [InlineData(SandboxSeedIds.Users.AlexWilber, "Alex Wilber")]
    [InlineData(SandboxSeedIds.Users.ZoeMuller, "Zoë Müller")]
    [InlineData(SandboxSeedIds.Users.RafaelSouzaGuest, "Rafael Souza")]
    [InlineData(SandboxSeedIds.Groups.FinanceApprovers, "Finance Approvers")]
    [InlineData(SandboxSeedIds.Groups.PartnerReviewers, "Partner Reviewers")]
    [InlineData(SandboxSeedIds.Groups.OpsMarkup, "<b>Ops</b>")]
    [InlineData(SandboxSeedIds.ConnectedOrganizations.ContosoPartners, "Contoso Partners")]
    [InlineData(SandboxSeedIds.ConnectedOrganizations.Fabrikam, "Fabrikam")]
    [InlineData(SandboxSeedIds.AccessPackages.SalesResources, "Sales Resources")]
    [InlineData(SandboxSeedIds.AccessPackages.PartnerPortalAccess, "Partner Portal Access")]
    [InlineData(SandboxSeedIds.AccessPackages.MarketingCampaignTools, "Marketing Campaign Tools")]
    [InlineData(SandboxSeedIds.Catalogs.GeneralCatalog, "General")]
    [InlineData(SandboxSeedIds.ServicePrincipals.PayrollConnector, "Payroll Connector")]
    [InlineData(SandboxSeedIds.Policies.SalesResourcesManagerApproval, "Members with manager approval")]
    [InlineData(SandboxSeedIds.Policies.SalesResourcesContosoPartners, "Contoso Partners with sponsor approval")]
    [InlineData(SandboxSeedIds.CustomExtensions.SalesRequestToCrm, "Log request in CRM")]
    [InlineData(SandboxSeedIds.CustomExtensions.SalesExpiryWarning, "Warn before Sales access expires")]
    [InlineData(SandboxSeedIds.CustomExtensions.PartnerNdaCheck, "Check partner NDA")]
    public void WellKnownIds_ResolveToTheirNames(string id, string name)
    {
        var all = new[] { Seed.Users, Seed.Groups, Seed.ServicePrincipals, Seed.ConnectedOrganizations, Seed.Catalogs, Seed.AccessPackages, Seed.Policies, Seed.CustomWorkflowExtensions };

        all.Select(set => set.Find(id)).Single(e => e is not null)!.GetString("displayName").ShouldBe(name);
    }

    [Fact]
    public void AccessPackages_PolicyCounts_CoverZeroOneAndSeveral()
    {
        Seed.PoliciesOf(SandboxSeedIds.AccessPackages.MarketingCampaignTools).ShouldBeEmpty();
        Seed.PoliciesOf(SandboxSeedIds.AccessPackages.SalesResources).Count().ShouldBe(3);
        Seed.PoliciesOf(SandboxSeedIds.AccessPackages.PartnerPortalAccess).Count().ShouldBe(9);
    }

    [Fact]
    public void Policies_EverySeededPolicy_PassesTheSchemaAndTheServiceRules()
    {
        foreach (var policy in Seed.Policies.Items)
        {
            var json = SandboxJson.ToNode(policy.Data)!.AsObject();
            GraphFixtures.Validate(json.ToJsonString()).IsValid.ShouldBeTrue(json.ToJsonString());
            Should.NotThrow(() => PolicyRules.Check(json, new PolicyContext(Seed, DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), policy)),
                policy.GetString("displayName"));
        }
    }

    [Fact]
    public void CustomExtensions_EachCatalogWithExtensions_HasTheKindsItsPoliciesUse()
    {
        Seed.CustomWorkflowExtensionsOf(SandboxSeedIds.Catalogs.SalesAndMarketingCatalog).Select(e => e.GetString("@odata.type"))
            .ShouldBe(["#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension", "#microsoft.graph.accessPackageAssignmentWorkflowExtension"]);
        Seed.CustomWorkflowExtensionsOf(SandboxSeedIds.Catalogs.PartnerCollaborationCatalog).Select(e => e.Id).ShouldBe([SandboxSeedIds.CustomExtensions.PartnerNdaCheck]);
        Seed.AccessPackages.Find(SandboxSeedIds.AccessPackages.SalesResources)!.Link(Links.CatalogId).ShouldBe(SandboxSeedIds.Catalogs.SalesAndMarketingCatalog);
    }

    [Fact]
    public void DeterministicGuid_SameName_SameGuidAndVersion5Layout()
    {
        var id = DeterministicGuid.For("user", "Megan Bowen");

        id.ShouldBe(SandboxSeedIds.Users.MeganBowen);
        id[14].ShouldBe('5');
        DeterministicGuid.For("group", "Megan Bowen").ShouldNotBe(id);
    }
}
