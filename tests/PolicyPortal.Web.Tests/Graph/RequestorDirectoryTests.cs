using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Requestors;
using PolicyPortal.Sandbox;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>"Try as a requestor" reading the seeded sandbox through the real Graph SDK over loopback HTTP: managers,
/// sponsors, nested groups and connected organizations (by domain and by Entra tenant), in $batch round trips.</summary>
public sealed class RequestorDirectoryTests(SandboxServiceTest<IRequestorDirectory>.Server server) : SandboxServiceTest<IRequestorDirectory>(server)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Member_SalesResources_ManagerDecidesAndTheFallbackGroupIsCounted()
    {
        var (resolution, reading) = await TryAsync(SandboxSeedIds.Users.JoseAlvarez, SandboxSeedIds.AccessPackages.SalesResources);

        reading.Facts.Profile.IsGuest.ShouldBeFalse();
        reading.Facts.Profile.PreferredLanguage.ShouldBe("es-ES");
        var applicable = resolution.Applicable.ShouldHaveSingleItem();
        applicable.Policy.DisplayName.ShouldBe("Members with manager approval");
        var manager = reading.Facts.Managers[0].DisplayName;
        applicable.Stages.ShouldHaveSingleItem().Approvers.People.ShouldHaveSingleItem().Name.ShouldBe(manager);
        var sentences = RequestorSummary.Sentences(applicable, resolution.Requestor);
        sentences.ShouldContain($"José's request goes to {manager} (José's manager). It is denied on day 14 if nobody decides.");
        reading.Facts.Groups[SandboxSeedIds.Groups.SalesManagers].MemberCount.ShouldBeGreaterThan(0);
        (await Journal.RequestsAsync("POST", "/$batch", Ct)).ShouldHaveSingleItem("a member belongs to no connected organization: one round trip");
        reading.Requests.ShouldAllBe(r => r.RoundTrip == 1 && r.Status == 200);
    }

    [Fact]
    public async Task GuestFromADomainOrganization_PartnerPortal_FabrikamMatchedByDomainAndItsSponsorGroupCounted()
    {
        var (resolution, reading) = await TryAsync(SandboxSeedIds.Users.AmelieLaurentGuest, SandboxSeedIds.AccessPackages.PartnerPortalAccess);

        var organization = reading.Facts.Organization.ShouldNotBeNull();
        organization.Id.ShouldBe(SandboxSeedIds.ConnectedOrganizations.Fabrikam);
        organization.MatchedBy.ShouldBe("signs in with the domain fabrikam.example");
        resolution.Applicable.Select(v => v.Policy.DisplayName).ShouldBe(
            ["Fabrikam", "All connected organizations (two stages)", "Partner Portal Users group", "Any external user"], ignoreOrder: true);
        reading.Requests.ShouldNotContain(r => r.Url.Contains("findTenantInformationByDomainName", StringComparison.Ordinal),
            "a domain source answers without asking which tenant owns the domain");
        var twoStages = resolution.Applicable.Single(v => v.Policy.DisplayName == "All connected organizations (two stages)");
        var partnerReviewers = twoStages.Stages[0].Approvers.People.ShouldHaveSingleItem();
        partnerReviewers.Group.ShouldNotBeNull().MemberCount.ShouldBeGreaterThan(1);
        partnerReviewers.Role.ShouldBe("an internal sponsor of Fabrikam");
    }

    [Fact]
    public async Task GuestFromAnEntraTenant_PartnerPortal_ContosoFoundThroughTheTenantOfTheDomain()
    {
        var (resolution, reading) = await TryAsync(SandboxSeedIds.Users.RafaelSouzaGuest, SandboxSeedIds.AccessPackages.PartnerPortalAccess);

        reading.Facts.Organization.ShouldNotBeNull().Id.ShouldBe(SandboxSeedIds.ConnectedOrganizations.ContosoPartners);
        reading.Requests.ShouldContain(r => r.RoundTrip == 2 && r.Url == "/tenantRelationships/findTenantInformationByDomainName(domainName='contoso.example')" && r.Status == 200);
        var contoso = resolution.Applicable.Single(v => v.Policy.DisplayName == "Contoso Partners");
        contoso.Stages[0].Approvers.People.ShouldHaveSingleItem().ShouldBe(new Decider("Megan Bowen", "an internal sponsor of Contoso Partners", null));
    }

    [Fact]
    public async Task GuestFromAProposedOrganization_AllConfigured_DoesNotApplyAndSaysWhy()
    {
        var (resolution, _) = await TryAsync(SandboxSeedIds.Users.HanaKobayashiGuest, SandboxSeedIds.AccessPackages.PartnerPortalAccess);

        var allConfigured = resolution.Verdicts.Single(v => v.Policy.DisplayName == "All connected organizations (two stages)");
        allConfigured.Scope.ShouldBe(ScopeMatch.DoesNotApply);
        allConfigured.Why.ShouldEndWith("Hana is from Tailspin Toys (signs in with the domain tailspintoys.example), which is only proposed, not configured");
    }

    [Fact]
    public async Task SponsorsForbidden_SaysWhichPermissionToConsentTo_AndReadsTheRest()
    {
        await Journal.FailNextAsync("GET", $"/v1.0/users/{SandboxSeedIds.Users.MeiLinGuest}/sponsors", 403, 1, null, Ct);
        var needs = new RequestorNeeds(1, Sponsors: true, [], Organization: true, []);

        var reading = await Service.ReadAsync(SandboxSeedIds.Users.MeiLinGuest, needs, Ct);

        reading.Facts.Unknown[RequestorFact.Sponsors].ShouldContain("User.Read.All");
        reading.Facts.Organization.ShouldNotBeNull().DisplayName.ShouldBe("Contoso Partners");
        reading.Requests.ShouldContain(r => r.Url.EndsWith("/sponsors?$select=id,displayName", StringComparison.Ordinal) && r.Status == 403);
    }

    [Fact]
    public async Task DeletedDecidingGroup_IsNamedAsGone()
    {
        var deleted = Guid.NewGuid().ToString();

        var reading = await Service.ReadAsync(SandboxSeedIds.Users.JoseAlvarez, new RequestorNeeds(0, false, [], false, [deleted, SandboxSeedIds.Groups.LegalHoldReviewers]), Ct);

        reading.Facts.UnreadableGroups[deleted].ShouldStartWith("no longer exists in the directory");
        reading.Facts.Groups[SandboxSeedIds.Groups.LegalHoldReviewers].MemberCount.ShouldBe(0);
    }

    private async Task<(RequestorResolution Resolution, RequestorReading Reading)> TryAsync(string userId, string packageId)
    {
        var policies = await Services.GetRequiredService<IPolicyGateway>().ListAsync(packageId, Ct);
        await Journal.ClearAsync(Ct);
        var reading = await Service.ReadAsync(userId, RequestorNeeds.For(policies), Ct);
        return (RequestorResolver.Resolve(policies, reading.Facts, Now), reading);
    }
}
