using System.Net;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Contract;

/// <summary>Entitlement-management reads over raw HTTP: expansions, selection, paging, count, delete status.</summary>
public sealed class EntitlementQueryTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Root = "v1.0/identityGovernance/entitlementManagement";

    private SandboxHost Host => fixture.Host;

    [Fact]
    public async Task Catalog_ExpandAccessPackages_ListsThePackagesOfThatCatalog()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"{Root}/catalogs/{SandboxSeedIds.Catalogs.SalesAndMarketingCatalog}?$expand=accessPackages");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Body!["displayName"]!.GetValue<string>().ShouldBe("Sales & Marketing");
        response.Body["accessPackages"]!.AsArray().Select(p => p!["displayName"]!.GetValue<string>())
            .ShouldBe(["Sales Resources", "Marketing Campaign Tools"], ignoreOrder: true);
    }

    [Fact]
    public async Task AccessPackagePolicies_Segment_ListsOnlyThatPackage()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"{Root}/accessPackages/{SandboxSeedIds.AccessPackages.EngineeringTools}/assignmentPolicies");

        response.Body!["value"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ShouldContain(SandboxSeedIds.Policies.EngineeringToolsAutoAssignment);
        response.Body["value"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Policies_SelectAndPage_ReturnSelectedPropertiesWithAbsoluteNextLink()
    {
        var first = await Host.SendJsonAsync(HttpMethod.Get, $"{Root}/assignmentPolicies?$select=id,displayName&$top=4&$count=true");
        var next = first.Body!["@odata.nextLink"]!.GetValue<string>();
        var second = await Host.SendJsonAsync(HttpMethod.Get, next[(Host.Root.Length + 1)..]);

        first.Body["@odata.context"]!.GetValue<string>().ShouldEndWith("$metadata#identityGovernance/entitlementManagement/assignmentPolicies(id,displayName)");
        first.Body["@odata.count"]!.GetValue<int>().ShouldBe(16);
        first.Body["value"]!.AsArray().ShouldAllBe(p => p!.AsObject().Count == 2);
        next.ShouldStartWith($"{Host.GraphUrl}/identityGovernance/entitlementManagement/assignmentPolicies?");
        second.Body!["value"]!.AsArray().Count.ShouldBe(4);
        second.Body["@odata.count"].ShouldBeNull("the count is on the first page only");
        second.Body["value"]![0]!["id"]!.GetValue<string>().ShouldNotBe(first.Body["value"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Policy_Get_WritesSubjectTypesAsGraphDoes()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"{Root}/assignmentPolicies/{SandboxSeedIds.Policies.SalesResourcesManagerApproval}");

        var stage = response.Body!["requestApprovalSettings"]!["stages"]![0]!;
        stage["primaryApprovers"]![0]!["@odata.type"]!.GetValue<string>().ShouldBe("#microsoft.graph.requestorManager");
        stage["fallbackPrimaryApprovers"]![0]!["description"]!.GetValue<string>().ShouldBe("Sales Managers");
        response.Body["accessPackage"].ShouldBeNull("navigation properties come back only with $expand");
    }

    [Fact]
    public async Task Policy_DeleteThenDeleteAgain_Answers204Then404()
    {
        var created = await Host.SendJsonAsync(HttpMethod.Post, $"{Root}/assignmentPolicies", Policies.PolicyBodies.Valid().ToJsonString());
        var url = $"{Root}/assignmentPolicies/{created.Body!["id"]}";

        using var deleted = await Host.SendAsync(HttpMethod.Delete, url);
        var again = await Host.SendJsonAsync(HttpMethod.Delete, url);

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await deleted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        again.ShouldBeGraphError(HttpStatusCode.NotFound, "ResourceNotFound");
    }

    [Fact]
    public async Task Policy_PatchInsteadOfPut_Answers405()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Patch, $"{Root}/assignmentPolicies/{SandboxSeedIds.Policies.SalesResourcesManagerApproval}", "{}");

        response.ShouldBeGraphError(HttpStatusCode.MethodNotAllowed, "MethodNotAllowed");
    }

    [Fact]
    public async Task Policy_PostAsPlainText_Answers415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Root}/assignmentPolicies")
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new("Bearer", SandboxHost.Token);

        using var response = await Host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }
}
