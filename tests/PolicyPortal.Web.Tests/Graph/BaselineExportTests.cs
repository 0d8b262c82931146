using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Ports;
using PolicyPortal.Sandbox;
using PolicyPortal.Testing;
using PolicyPortal.Graph.Baselines;
using PolicyPortal.Web.Baselines;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>A baseline exported from the sandbox through the real Graph SDK: every policy of the packages, each body
/// valid Graph v1.0 and what PolicyPortal would PUT, with the names of its ids beside it.</summary>
public sealed class BaselineExportTests(SandboxServiceTest<BaselineExporter>.Server server) : SandboxServiceTest<BaselineExporter>(server)
{
    private static readonly AccessPackageInfo Sales = new(SandboxSeedIds.AccessPackages.SalesResources, "Sales Resources", null, "Sales & Marketing", false);
    private static readonly AccessPackageInfo Partner = new(SandboxSeedIds.AccessPackages.PartnerPortalAccess, "Partner Portal Access", null, "Partner Collaboration", false);

    [Fact]
    public async Task Export_TwoPackages_EveryPolicyAsAValidV1BodyWithItsNames()
    {
        var baseline = JsonNode.Parse(await Service.ExportAsync("two packages", [Sales, Partner], Ct))!;

        baseline["format"]!.GetValue<string>().ShouldBe(BaselineReader.Format);
        baseline["formatVersion"]!.GetValue<int>().ShouldBe(1);
        var policies = baseline["policies"]!.AsArray();
        policies.Count.ShouldBe(12, "Sales Resources has 3 policies and Partner Portal Access 9");
        foreach (var policy in policies)
        {
            GraphSchema.Failures(policy!["body"]!.ToJsonString()).ShouldBeEmpty(policy["id"]!.GetValue<string>());
        }
        var managerApproval = policies.Single(p => p!["body"]!["displayName"]!.GetValue<string>() == "Members with manager approval")!;
        managerApproval["accessPackage"]!["catalog"]!.GetValue<string>().ShouldBe("Sales & Marketing");
        var names = managerApproval["names"]!.AsObject();
        names[SandboxSeedIds.Groups.SalesManagers]!.GetValue<string>().ShouldBe("Sales Managers");
        names[SandboxSeedIds.AccessPackages.SalesResources]!.GetValue<string>().ShouldBe("Sales Resources");
        var withExtensions = policies.Single(p => p!["body"]!["displayName"]!.GetValue<string>() == "Contoso Partners with sponsor approval")!;
        withExtensions["names"]!.AsObject()[SandboxSeedIds.CustomExtensions.SalesRequestToCrm]!.GetValue<string>().ShouldBe("Log request in CRM");
    }

    [Fact]
    public async Task Export_BodyIsWhatAnEditWouldPut()
    {
        var gateway = Services.GetRequiredService<IPolicyGateway>();
        var policy = (await gateway.ListAsync(Sales.Id, Ct))[0];

        var baseline = JsonNode.Parse(await Service.ExportAsync("one package", [Sales], Ct))!;

        var body = baseline["policies"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == policy.Id)!["body"]!;
        JsonNode.DeepEquals(body, JsonNode.Parse(gateway.Prepare(policy).Json)).ShouldBeTrue();
    }
}
