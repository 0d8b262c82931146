using System.Net;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Contract;

/// <summary><c>$batch</c> over raw HTTP: Graph's limits, dependencies, and inner requests handled as if alone.</summary>
public sealed class BatchTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    private static string Batch(params JsonObject[] requests) => new JsonObject { ["requests"] = new JsonArray(requests) }.ToJsonString();

    private static JsonObject Get(string id, string url, JsonObject? headers = null) =>
        new() { ["id"] = id, ["method"] = "GET", ["url"] = url, ["headers"] = headers ?? [] };

    private static JsonNode Response(JsonNode batch, string id) => batch["responses"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == id)!;

    [Fact]
    public async Task Batch_With21Requests_Returns400()
    {
        var body = Batch([.. Enumerable.Range(1, 21).Select(i => Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "/users?$top=1"))]);

        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", body);

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest").ShouldContain("20");
    }

    [Fact]
    public async Task Batch_With20Requests_AnswersAll()
    {
        var body = Batch([.. Enumerable.Range(1, 20).Select(i => Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "/users?$top=1"))]);

        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", body);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Body!["responses"]!.AsArray().Select(r => r!["status"]!.GetValue<int>()).ShouldBe(Enumerable.Repeat(200, 20));
    }

    [Fact]
    public async Task Batch_WithIdsDifferingOnlyInCase_Returns400()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", Batch(Get("a", "/users"), Get("A", "/groups")));

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest").ShouldContain("more than once");
    }

    [Fact]
    public async Task Batch_WithAbsoluteUrl_Returns400()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", Batch(Get("1", "https://graph.microsoft.com/v1.0/users")));

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest").ShouldContain("relative");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"requests\":[]}")]
    [InlineData("{\"requests\":[{\"id\":\"1\",\"method\":\"POST\",\"url\":\"/users\",\"body\":{}}]}")]
    [InlineData("{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/users\",\"dependsOn\":[\"2\"]}]}")]
    public async Task Batch_Malformed_Returns400(string body)
    {
        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", body);

        response.ShouldBeGraphError(HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task Batch_WithoutBearerToken_Returns401()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", Batch(Get("1", "/users")), authenticate: false);

        response.ShouldBeGraphError(HttpStatusCode.Unauthorized, "InvalidAuthenticationToken");
    }

    [Fact]
    public async Task Batch_InnerRequests_GetTheSameAnswersAsWhenSentAlone()
    {
        var body = Batch(
            Get("search-without-header", "/users?$search=\"displayName:meg\""),
            Get("search", "/users?$search=\"displayName:meg\"&$select=displayName", new JsonObject { ["ConsistencyLevel"] = "eventual" }),
            Get("missing", "/groups/nope"));

        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", body);
        var alone = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/users?$search=\"displayName:meg\"&$select=displayName",
            headers: new Dictionary<string, string> { ["ConsistencyLevel"] = "eventual" });

        response.Status.ShouldBe(HttpStatusCode.OK);
        var refused = Response(response.Body!, "search-without-header");
        refused["status"]!.GetValue<int>().ShouldBe(400);
        refused["body"]!["error"]!["code"]!.GetValue<string>().ShouldBe("Request_UnsupportedQuery");
        Response(response.Body!, "search")["body"]!["value"]!.ToJsonString().ShouldBe(alone.Body!["value"]!.ToJsonString());
        Response(response.Body!, "missing")["status"]!.GetValue<int>().ShouldBe(404);
    }

    [Fact]
    public async Task Batch_DependencyFailed_Answers424AndSkipsTheDependent()
    {
        var post = new JsonObject
        {
            ["id"] = "create",
            ["method"] = "POST",
            ["url"] = "/identityGovernance/entitlementManagement/assignmentPolicies",
            ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
            ["body"] = new JsonObject { ["displayName"] = "no package" },
        };
        var dependent = Get("read", "/identityGovernance/entitlementManagement/assignmentPolicies");
        dependent["dependsOn"] = new JsonArray("create");

        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", Batch(post, dependent));

        Response(response.Body!, "create")["status"]!.GetValue<int>().ShouldBe(400);
        var skipped = Response(response.Body!, "read");
        skipped["status"]!.GetValue<int>().ShouldBe(424);
        skipped["body"]!["error"]!["code"]!.GetValue<string>().ShouldBe("FailedDependency");
    }

    [Fact]
    public async Task Batch_Journal_RecordsOneEntryWithItsInnerRequests()
    {
        var marker = Guid.NewGuid().ToString();
        var body = Batch(Get(marker, "/users?$top=2"), Get("groups", "/groups?$top=2"));

        await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", body);

        var entry = (await Host.JournalAsync()).Single(e => e.Body?.Contains(marker, StringComparison.Ordinal) == true);
        entry.Body.ShouldBe(body);
        entry.Status.ShouldBe(200);
        entry.Requests!.Select(r => (r.Id, r.Url, r.Status)).ShouldBe([(marker, "/users?$top=2", 200), ("groups", "/groups?$top=2", 200)]);
    }
}
