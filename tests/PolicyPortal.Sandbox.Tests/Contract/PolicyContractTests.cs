using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Contract;

/// <summary>Policy CRUD with the SDK's own model and serializer, as the portal submits it.</summary>
public sealed class PolicyContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AccessPackageAssignmentPolicy NewPolicy(string name) => new()
    {
        DisplayName = name,
        Description = "Created by the contract tests",
        AllowedTargetScope = AllowedTargetScope.AllMemberUsers,
        SpecificAllowedTargets = [],
        Expiration = new ExpirationPattern { Type = ExpirationPatternType.AfterDuration, Duration = TimeSpan.FromDays(30) },
        RequestorSettings = new AccessPackageAssignmentRequestorSettings
        {
            EnableTargetsToSelfAddAccess = true,
            EnableTargetsToSelfRemoveAccess = true,
            OnBehalfRequestors = [],
        },
        RequestApprovalSettings = new AccessPackageAssignmentApprovalSettings
        {
            IsApprovalRequiredForAdd = true,
            IsApprovalRequiredForUpdate = false,
            Stages =
            [
                new AccessPackageApprovalStage
                {
                    DurationBeforeAutomaticDenial = TimeSpan.FromDays(14),
                    IsEscalationEnabled = false,
                    DurationBeforeEscalation = TimeSpan.Zero,
                    PrimaryApprovers = [new SingleUser { UserId = SandboxSeedIds.Users.AdeleVance }],
                    FallbackPrimaryApprovers = [],
                    EscalationApprovers = [],
                    FallbackEscalationApprovers = [],
                },
            ],
        },
        AccessPackage = new AccessPackage { Id = SandboxSeedIds.AccessPackages.MarketingCampaignTools },
    };

    [Fact]
    public async Task Policy_CreateGetReplaceDelete_BehavesLikeGraph()
    {
        using var client = fixture.Host.CreateGraphClient();
        var policies = client.IdentityGovernance.EntitlementManagement.AssignmentPolicies;

        var created = await policies.PostAsync(NewPolicy("Contract test policy"), cancellationToken: Ct);
        Guid.TryParse(created!.Id, out _).ShouldBeTrue();
        created.CreatedDateTime.ShouldNotBeNull();
        created.ModifiedDateTime.ShouldBe(created.CreatedDateTime);
        created.RequestApprovalSettings!.Stages![0].PrimaryApprovers![0].ShouldBeOfType<SingleUser>().Description.ShouldBe("Adele Vance");

        var fetched = await policies[created.Id].GetAsync(rc => rc.QueryParameters.Expand = ["accessPackage"], Ct);
        fetched!.DisplayName.ShouldBe("Contract test policy");
        fetched.AccessPackage!.DisplayName.ShouldBe("Marketing Campaign Tools");
        fetched.Expiration!.Duration.ShouldBe(TimeSpan.FromDays(30));

        var replacement = NewPolicy("Renamed by PUT");
        replacement.Id = created.Id;
        replacement.RequestApprovalSettings = new AccessPackageAssignmentApprovalSettings
        {
            IsApprovalRequiredForAdd = false,
            IsApprovalRequiredForUpdate = false,
            Stages = [],
        };
        replacement.Expiration = null;
        var replaced = await policies[created.Id].PutAsync(replacement, cancellationToken: Ct);
        replaced!.DisplayName.ShouldBe("Renamed by PUT");
        replaced.CreatedDateTime.ShouldBe(created.CreatedDateTime);

        var afterPut = await policies[created.Id].GetAsync(cancellationToken: Ct);
        afterPut!.RequestApprovalSettings!.Stages.ShouldBeEmpty();
        afterPut.Expiration.ShouldBeNull("PUT replaces the whole policy, so what it leaves out is gone");

        await policies[created.Id].DeleteAsync(cancellationToken: Ct);
        var error = await Should.ThrowAsync<ODataError>(() => policies[created.Id].GetAsync(cancellationToken: Ct));
        error.ResponseStatusCode.ShouldBe(404);
        error.Error!.Code.ShouldBe("ResourceNotFound");
    }

    [Fact]
    public async Task AccessPackages_FilterContainsAndExpand_ListsPoliciesOfEachPackage()
    {
        using var client = fixture.Host.CreateGraphClient();

        var page = await client.IdentityGovernance.EntitlementManagement.AccessPackages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "contains(tolower(displayName),'partner')";
            rc.QueryParameters.Expand = ["assignmentPolicies"];
        }, Ct);

        var package = page!.Value!.ShouldHaveSingleItem();
        package.Id.ShouldBe(SandboxSeedIds.AccessPackages.PartnerPortalAccess);
        package.AssignmentPolicies!.Count.ShouldBe(9);
    }

    [Fact]
    public async Task AssignmentPolicies_FilterByAccessPackage_ListsOnlyThatPackage()
    {
        using var client = fixture.Host.CreateGraphClient();

        var page = await client.IdentityGovernance.EntitlementManagement.AssignmentPolicies.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = $"accessPackage/id eq '{SandboxSeedIds.AccessPackages.SalesResources}'";
            rc.QueryParameters.Expand = ["accessPackage"];
        }, Ct);

        page!.Value!.Count.ShouldBe(3);
        page.Value.ShouldAllBe(p => p.AccessPackage!.Id == SandboxSeedIds.AccessPackages.SalesResources);
        page.Value.ShouldContain(p => p.Id == SandboxSeedIds.Policies.SalesResourcesManagerApproval);
    }

    [Fact]
    public async Task CatalogsAndConnectedOrganizations_List_ReturnSeededEntries()
    {
        using var client = fixture.Host.CreateGraphClient();
        var management = client.IdentityGovernance.EntitlementManagement;

        var catalogs = await management.Catalogs.GetAsync(cancellationToken: Ct);
        var orgs = await management.ConnectedOrganizations.GetAsync(rc => rc.QueryParameters.Filter = "displayName eq 'Contoso Partners'", Ct);

        catalogs!.Value!.Select(c => c.DisplayName).ShouldContain("Partner Collaboration");
        var contoso = orgs!.Value!.ShouldHaveSingleItem();
        contoso.Id.ShouldBe(SandboxSeedIds.ConnectedOrganizations.ContosoPartners);
        contoso.IdentitySources!.ShouldHaveSingleItem().ShouldBeOfType<AzureActiveDirectoryTenant>().DisplayName.ShouldBe("Contoso");
    }
}
