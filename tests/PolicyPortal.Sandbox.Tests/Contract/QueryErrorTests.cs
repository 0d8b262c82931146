using System.Net;
using PolicyPortal.Sandbox.Seed;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Contract;

/// <summary>Graph's 4xx answers over raw HTTP, where the SDK would hide the details.</summary>
public sealed class QueryErrorTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly Dictionary<string, string> Eventual = new() { ["ConsistencyLevel"] = "eventual" };

    private SandboxHost Host => fixture.Host;

    [Fact]
    public async Task Request_WithoutBearerToken_Returns401InvalidAuthenticationToken()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/users", authenticate: false);

        response.ShouldBeGraphError(HttpStatusCode.Unauthorized, "InvalidAuthenticationToken");
    }

    [Fact]
    public async Task Search_WithoutConsistencyLevel_Returns400UnsupportedQuery()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/users?$search=\"displayName:meg\"");

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_UnsupportedQuery").ShouldContain("ConsistencyLevel");
    }

    [Theory]
    [InlineData("displayName eq")]
    [InlineData("startswith(displayName 'a')")]
    [InlineData("displayName eq 'unterminated")]
    [InlineData("favouriteColour eq 'blue'")]
    [InlineData("displayName gt 'a'")]
    [InlineData("(displayName eq 'a'")]
    public async Task Filter_Malformed_Returns400RequestBadRequest(string filter)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"v1.0/users?$filter={Uri.EscapeDataString(filter)}");

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_BadRequest").ShouldStartWith("Invalid filter clause");
    }

    [Fact]
    public async Task Filter_NeWithoutAdvancedQuery_Returns400UnsupportedQueryAndWorksAsAdvancedQuery()
    {
        const string url = "v1.0/groups?$filter=displayName%20ne%20'Sales%20Team'";

        var refused = await Host.SendJsonAsync(HttpMethod.Get, url);
        var accepted = await Host.SendJsonAsync(HttpMethod.Get, url + "&$count=true", headers: Eventual);

        refused.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_UnsupportedQuery");
        accepted.Body!["@odata.count"]!.GetValue<int>().ShouldBe(SeedData.For(SandboxScale.Standard).Groups.Count - 1);
    }

    [Fact]
    public async Task Filter_MalformedOnAccessPackages_Returns400BadRequest()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/identityGovernance/entitlementManagement/accessPackages?$filter=contains(displayName,)");

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest");
    }

    [Theory]
    [InlineData("v1.0/users?$skip=10", "'$skip' is not supported")]
    [InlineData("v1.0/users?$frobnicate=1", "'$frobnicate' is not allowed")]
    [InlineData("v1.0/users?$top=1000", "Invalid page size")]
    [InlineData("v1.0/users?$top=0", "Invalid page size")]
    [InlineData("v1.0/users?$select=displayName,shoeSize", "'shoeSize'")]
    [InlineData("v1.0/users?$expand=manager", "not allowed")]
    [InlineData("v1.0/users?$skiptoken=not-a-token", "$skiptoken")]
    [InlineData("v1.0/users?$orderby=shoeSize", "$orderby")]
    public async Task Query_UnsupportedOption_Returns400WithReason(string url, string reason)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, url, headers: Eventual);

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_BadRequest").ShouldContain(reason);
    }

    [Theory]
    [InlineData("\"displayName:meg")]
    [InlineData("displayName:meg")]
    [InlineData("\"shoeSize:42\"")]
    [InlineData("\"displayName:meg\" AND")]
    public async Task Search_Malformed_Returns400UnsupportedQuery(string search)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, $"v1.0/users?$search={Uri.EscapeDataString(search)}", headers: Eventual);

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_UnsupportedQuery");
    }

    [Fact]
    public async Task CountSegment_WithAndWithoutConsistencyLevel_CountsOnlyAsAdvancedQuery()
    {
        var refused = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/users/$count");
        using var counted = await Host.SendAsync(HttpMethod.Get, "v1.0/users/$count", headers: Eventual);

        refused.ShouldBeGraphError(HttpStatusCode.BadRequest, "Request_BadRequest");
        (await counted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(SeedData.For(SandboxScale.Standard).Users.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CountOption_WithoutConsistencyLevel_IsSilentlyIgnored()
    {
        var plain = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/groups?$count=true");
        var advanced = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/groups?$count=true", headers: Eventual);

        plain.Body!["@odata.count"].ShouldBeNull();
        advanced.Body!["@odata.count"]!.GetValue<int>().ShouldBe(SeedData.For(SandboxScale.Standard).Groups.Count);
    }

    [Theory]
    [InlineData("v1.0/users/00000000-0000-0000-0000-000000000001", "Request_ResourceNotFound")]
    [InlineData("v1.0/groups/00000000-0000-0000-0000-000000000001", "Request_ResourceNotFound")]
    [InlineData("v1.0/identityGovernance/entitlementManagement/assignmentPolicies/00000000-0000-0000-0000-000000000001", "ResourceNotFound")]
    [InlineData("v1.0/identityGovernance/entitlementManagement/accessPackages/00000000-0000-0000-0000-000000000001", "ResourceNotFound")]
    public async Task Get_UnknownId_Returns404(string url, string code)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, url);

        response.ShouldBeGraphError(HttpStatusCode.NotFound, code);
    }

    [Fact]
    public async Task Delete_UnknownPolicy_Returns404()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Delete, "v1.0/identityGovernance/entitlementManagement/assignmentPolicies/00000000-0000-0000-0000-000000000001");

        response.ShouldBeGraphError(HttpStatusCode.NotFound, "ResourceNotFound");
    }

    [Fact]
    public async Task Get_UnknownSegment_Returns400()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/printers");

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest").ShouldContain("printers");
    }

    [Fact]
    public async Task Error_WithClientRequestId_EchoesItInBodyAndHeaders()
    {
        var clientRequestId = Guid.NewGuid().ToString();
        using var response = await Host.SendAsync(HttpMethod.Get, "v1.0/users/nobody", headers: new Dictionary<string, string> { ["client-request-id"] = clientRequestId });
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        body["error"]!["innerError"]!["client-request-id"]!.GetValue<string>().ShouldBe(clientRequestId);
        response.Headers.GetValues("client-request-id").ShouldBe([clientRequestId]);
        response.Headers.GetValues("request-id").Single().ShouldBe(body["error"]!["innerError"]!["request-id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Success_CarriesODataContextAndRequestId()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"v1.0/users/{SandboxSeedIds.Users.JoseAlvarez}?$select=displayName");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        body["@odata.context"]!.GetValue<string>().ShouldBe($"{Host.GraphUrl}/$metadata#users(displayName)/$entity");
        body["displayName"]!.GetValue<string>().ShouldBe("José Álvarez");
        Guid.TryParse(response.Headers.GetValues("request-id").Single(), out _).ShouldBeTrue();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }
}
