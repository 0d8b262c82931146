using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models.ODataErrors;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Faults;

/// <summary>Faults switched from outside (<c>/_faults</c>), per request (headers) and by configuration. Own host
/// per class because faults are tenant-wide; each test starts from a reset.</summary>
public sealed class FaultInjectionTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private SandboxHost Host => fixture.Host;

    public async ValueTask InitializeAsync() => await Host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Throttle_TwiceWithRetryAfter_SdkRetriesAfterTheDelayAndSucceeds()
    {
        await Host.AddFaultAsync(new { path = "/v1.0/users", method = "GET", status = 429, retryAfterSeconds = 1, count = 2 });
        using var client = Host.CreateGraphClient();

        var user = await client.Users[SandboxSeedIds.Users.MeganBowen].GetAsync(cancellationToken: TestContext.Current.CancellationToken);

        user!.DisplayName.ShouldBe("Megan Bowen");
        var attempts = (await Host.JournalAsync()).Where(e => e.Path.StartsWith("/v1.0/users/", StringComparison.Ordinal)).ToList();
        attempts.Select(a => a.Status).ShouldBe([429, 429, 200]);
        attempts.Skip(1).Select(a => a.Headers["Retry-Attempt"]).ShouldBe(["1", "2"]);
        (attempts[1].Timestamp - attempts[0].Timestamp).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        (attempts[2].Timestamp - attempts[1].Timestamp).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Throttle_ByHeader_Answers429WithRetryAfterAndThrottleCode()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, "v1.0/groups", headers: new Dictionary<string, string> { ["X-Sandbox-Fault"] = "429", ["X-Sandbox-Retry-After"] = "7" });

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        body["error"]!["code"]!.GetValue<string>().ShouldBe("activityLimitReached");
    }

    [Fact]
    public async Task Unavailable_ByHeader_Answers503ServiceNotAvailable()
    {
        var response = await Host.SendJsonAsync(HttpMethod.Get, "v1.0/groups", headers: new Dictionary<string, string> { ["X-Sandbox-Fault"] = "503" });

        response.ShouldBeGraphError(HttpStatusCode.ServiceUnavailable, "serviceNotAvailable");
    }

    [Fact]
    public async Task FailNextN_OnAPathAndMethod_FailsExactlyNThenRecovers()
    {
        await Host.AddFaultAsync(new { path = "/v1.0/identityGovernance/entitlementManagement/assignmentPolicies", method = "POST", status = 503, count = 2 });
        var body = PolicyPortal.Sandbox.Tests.Policies.PolicyBodies.Valid().ToJsonString();
        const string url = "v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

        var list = await Host.SendJsonAsync(HttpMethod.Get, url);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await Host.SendJsonAsync(HttpMethod.Post, url, body)).Status);
        }

        list.Status.ShouldBe(HttpStatusCode.OK, "GET does not match a POST-only fault");
        statuses.ShouldBe([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created]);
    }

    [Fact]
    public async Task FaultAfterHandling_CarriesTheRequestOut_AndAnswersOnlyWithTheFault()
    {
        const string url = "v1.0/identityGovernance/entitlementManagement/assignmentPolicies";
        await Host.AddFaultAsync(new { path = "/" + url, method = "POST", status = 504, count = 1, afterHandling = true });
        var body = PolicyPortal.Sandbox.Tests.Policies.PolicyBodies.Valid();
        body["displayName"] = "Created behind a gateway time-out";

        var post = await Host.SendJsonAsync(HttpMethod.Post, url, body.ToJsonString());
        var list = await Host.SendJsonAsync(HttpMethod.Get, url + "?$filter=displayName eq 'Created behind a gateway time-out'");

        post.Status.ShouldBe(HttpStatusCode.GatewayTimeout);
        list.Body!["value"]!.AsArray().Count.ShouldBe(1, "the service did the write; only its answer was lost");
    }

    [Fact]
    public async Task FailNextN_UnderConcurrency_FailsExactlyN()
    {
        await Host.AddFaultAsync(new { path = "/v1.0/groups", status = 503, count = 5 });

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Host.SendJsonAsync(HttpMethod.Get, "v1.0/groups?$top=1")));

        results.Count(r => r.Status == HttpStatusCode.ServiceUnavailable).ShouldBe(5);
        results.Count(r => r.Status == HttpStatusCode.OK).ShouldBe(15);
    }

    [Fact]
    public async Task Latency_SetFromOutside_DelaysEveryRequestUntilCleared()
    {
        await Host.AddFaultAsync(new { latencyMs = 300 });
        var stopwatch = Stopwatch.StartNew();
        await Host.SendJsonAsync(HttpMethod.Get, "v1.0/users?$top=1");
        var delayed = stopwatch.Elapsed;

        using var cleared = await Host.Http.DeleteAsync("_faults", TestContext.Current.CancellationToken);
        var state = JsonNode.Parse(await cleared.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        delayed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280), "timers may fire a few milliseconds early");
        state["latencyMs"]!.GetValue<int>().ShouldBe(0);
        state["rules"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Latency_ByHeader_DelaysOnlyThatRequest()
    {
        var stopwatch = Stopwatch.StartNew();
        await Host.SendJsonAsync(HttpMethod.Get, "v1.0/users?$top=1", headers: new Dictionary<string, string> { ["X-Sandbox-Latency-Ms"] = "250" });

        stopwatch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(230), "timers may fire a few milliseconds early");
    }

    [Fact]
    public async Task Throttle_InsideBatch_ThrottlesOnlyTheMatchingInnerRequest()
    {
        await Host.AddFaultAsync(new { path = "/v1.0/users", status = 429, retryAfterSeconds = 2, count = 1 });
        var body = """{"requests":[{"id":"u","method":"GET","url":"/users?$top=1"},{"id":"g","method":"GET","url":"/groups?$top=1"}]}""";

        var response = await Host.SendJsonAsync(HttpMethod.Post, "v1.0/$batch", body);

        response.Status.ShouldBe(HttpStatusCode.OK);
        var users = response.Body!["responses"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "u")!;
        users["status"]!.GetValue<int>().ShouldBe(429);
        users["headers"]!["Retry-After"]!.GetValue<string>().ShouldBe("2");
        response.Body["responses"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "g")!["status"]!.GetValue<int>().ShouldBe(200);
    }

    [Fact]
    public async Task Unavailable_Persistent_SdkGivesUpWithServiceException()
    {
        await Host.AddFaultAsync(new { path = "/v1.0/servicePrincipals", status = 500 });
        using var client = Host.CreateGraphClient();

        var error = await Should.ThrowAsync<ODataError>(() => client.ServicePrincipals.GetAsync(cancellationToken: TestContext.Current.CancellationToken));

        error.ResponseStatusCode.ShouldBe(500);
        error.Error!.Code.ShouldBe("generalException");
    }

    [Fact]
    public async Task Forbidden_AnswersWithGraphsInsufficientPrivilegesBody()
    {
        await Host.AddFaultAsync(new { path = "/v1.0/servicePrincipals", status = 403, count = 1 });
        using var client = Host.CreateGraphClient();

        var error = await Should.ThrowAsync<ODataError>(() => client.ServicePrincipals.GetAsync(cancellationToken: TestContext.Current.CancellationToken));

        error.ResponseStatusCode.ShouldBe(403);
        error.Error!.Code.ShouldBe("Authorization_RequestDenied");
        error.Error.Message.ShouldBe("Insufficient privileges to complete the operation.");
    }

    [Fact]
    public async Task FaultCommand_Invalid_Returns400()
    {
        using var response = await Host.Http.PostAsync("_faults", new StringContent("""{"status":200}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

/// <summary>Faults from configuration (section <c>Sandbox</c>), back after every reset.</summary>
public sealed class ConfiguredFaultTests : IAsyncLifetime
{
    private SandboxHost? _host;

    public async ValueTask InitializeAsync() => _host = await SandboxHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Sandbox:Faults:0:Path"] = "/v1.0/servicePrincipals",
        ["Sandbox:Faults:0:Status"] = "503",
        ["Sandbox:Faults:0:RetryAfterSeconds"] = "3",
        ["Sandbox:Faults:0:Count"] = "1",
    });

    public async ValueTask DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task ConfiguredFault_FailsOnceAndAgainAfterReset()
    {
        var first = await _host!.SendJsonAsync(HttpMethod.Get, "v1.0/servicePrincipals");
        var second = await _host.SendJsonAsync(HttpMethod.Get, "v1.0/servicePrincipals");
        await _host.ResetAsync();
        var afterReset = await _host.SendJsonAsync(HttpMethod.Get, "v1.0/servicePrincipals");

        first.ShouldBeGraphError(HttpStatusCode.ServiceUnavailable, "serviceNotAvailable");
        second.Status.ShouldBe(HttpStatusCode.OK);
        afterReset.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }
}

/// <summary>A bad fault in configuration stops the host at start, naming the key.</summary>
public sealed class FaultConfigurationTests
{
    [Fact]
    public async Task Start_WithFaultStatusOutOfRange_FailsNamingTheSection()
    {
        var error = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            SandboxHost.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:Faults:0:Status"] = "200" }));

        error.Message.ShouldContain("Sandbox:Faults");
    }
}
