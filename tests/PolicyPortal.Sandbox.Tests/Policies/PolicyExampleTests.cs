using System.Net;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Tests.Infrastructure;
using PolicyPortal.Testing;

namespace PolicyPortal.Sandbox.Tests.Policies;

/// <summary>The Graph docs examples, pointed at seeded ids: the sandbox accepts what Graph documents, and what
/// it stores and returns still validates against the shared schema.</summary>
public sealed class PolicyExampleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string PoliciesUrl = "v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    [Theory]
    [InlineData("create-example-1")]
    [InlineData("create-example-2")]
    [InlineData("create-example-3")]
    public async Task Create_DocExample_IsAcceptedAndStoredInTheSchemaShape(string example)
    {
        var body = DocsExamples.Seeded(example);

        var created = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body);
        var fetched = await fixture.Host.SendJsonAsync(HttpMethod.Get, $"{PoliciesUrl}/{created.Body?["id"]}");

        created.Status.ShouldBe(HttpStatusCode.Created, created.Body?.ToJsonString());
        GraphFixtures.Validate(body).IsValid.ShouldBeTrue();
        GraphFixtures.Validate(fetched.Body!.ToJsonString()).IsValid.ShouldBeTrue(fetched.Body.ToJsonString());
        fetched.Body!["displayName"]!.GetValue<string>().ShouldBe(JsonNode.Parse(body)!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replace_DocUpdateExample_IsAcceptedAndReplacesThePolicy()
    {
        var created = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, DocsExamples.Seeded("create-example-1")
            .Replace(SandboxSeedIds.AccessPackages.MarketingCampaignTools, SandboxSeedIds.AccessPackages.FinanceReporting, StringComparison.Ordinal));
        var id = created.Body!["id"]!.GetValue<string>();
        var body = DocsExamples.Seeded("update-example").Replace("87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187", id, StringComparison.Ordinal);

        var replaced = await fixture.Host.SendJsonAsync(HttpMethod.Put, $"{PoliciesUrl}/{id}", body);

        replaced.Status.ShouldBe(HttpStatusCode.OK, replaced.Body?.ToJsonString());
        replaced.Body!["displayName"]!.GetValue<string>().ShouldBe("All Users");
        replaced.Body["allowedTargetScope"]!.GetValue<string>().ShouldBe("allDirectoryUsers");
        replaced.Body["createdDateTime"]!.GetValue<string>().ShouldBe(created.Body["createdDateTime"]!.GetValue<string>());
        GraphFixtures.Validate(replaced.Body.ToJsonString()).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Create_DocExample4WithStringBooleans_IsRefusedWithSchemaCode()
    {
        var body = DocsExamples.Seeded("create-example-4");

        var response = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body);

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "InvalidPolicy.Schema");
        GraphFixtures.Validate(body).IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task Create_AnyAcceptedRuleTestBody_ValidatesAgainstTheSharedSchema()
    {
        var body = PolicyBodies.Valid(SandboxSeedIds.AccessPackages.NewHireOnboarding).ToJsonString();

        var created = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, body);

        created.Status.ShouldBe(HttpStatusCode.Created);
        GraphFixtures.Validate(body).IsValid.ShouldBeTrue();
        GraphFixtures.Validate(created.Body!.ToJsonString()).IsValid.ShouldBeTrue();
    }
}
