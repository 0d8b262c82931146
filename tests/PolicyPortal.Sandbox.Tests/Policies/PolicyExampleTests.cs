using System.Net;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Policies;

/// <summary>The Graph docs examples, pointed at seeded ids: the sandbox accepts what Graph documents, and what
/// it stores and returns still validates against the shared schema.</summary>
public sealed class PolicyExampleTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string PoliciesUrl = "v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    // Doc ids -> seeded ids.
    private static readonly Dictionary<string, string> IdMap = new()
    {
        ["a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b"] = SandboxSeedIds.AccessPackages.SalesResources,
        ["8a36831e-1527-4b2b-aff2-81259a8d8e76"] = SandboxSeedIds.AccessPackages.NewHireOnboarding,
        ["977c7ff4-ef8f-4910-9d31-49048ddf3120"] = SandboxSeedIds.AccessPackages.MarketingCampaignTools,
        ["49d2c59b-0a81-463d-a8ec-ddad3935d8a0"] = SandboxSeedIds.AccessPackages.FinanceReporting,
        ["7deff43e-1f17-44ef-9e5f-d516b0ba11d4"] = SandboxSeedIds.Users.AdeleVance,
        ["46184453-e63b-4f20-86c2-c557ed5d5df9"] = SandboxSeedIds.Users.NestorWilke,
        ["08a551cb-575a-4343-b914-f6e42798bd20"] = SandboxSeedIds.Users.MeganBowen,
        ["e6bf4d7d-6824-4dd0-809d-5bf42d4817c2"] = SandboxSeedIds.Users.MeganBowen,
        ["1623f912-5e86-41c2-af47-39dd67582b66"] = SandboxSeedIds.Groups.PartnerReviewers,
    };

    private static string Seeded(string json) => IdMap.Aggregate(json, (text, pair) => text.Replace(pair.Key, pair.Value, StringComparison.Ordinal));

    [Theory]
    [InlineData("create-example-1")]
    [InlineData("create-example-2")]
    [InlineData("create-example-3")]
    public async Task Create_DocExample_IsAcceptedAndStoredInTheSchemaShape(string example)
    {
        var body = Seeded(GraphFixtures.Example(example));

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
        var created = await fixture.Host.SendJsonAsync(HttpMethod.Post, PoliciesUrl, Seeded(GraphFixtures.Example("create-example-1"))
            .Replace(SandboxSeedIds.AccessPackages.SalesResources, SandboxSeedIds.AccessPackages.FinanceReporting, StringComparison.Ordinal));
        var id = created.Body!["id"]!.GetValue<string>();
        var body = Seeded(GraphFixtures.Example("update-example")).Replace("87e1c7f7-c7f7-87e1-f7c7-e187f7c7e187", id, StringComparison.Ordinal);

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
        var body = Seeded(GraphFixtures.Example("create-example-4"));

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
