using System.Net;
using System.Text.Json;
using PolicyPortal.Sandbox.Tests.Infrastructure;

namespace PolicyPortal.Sandbox.Tests.Journal;

/// <summary>The request journal: what arrived, exactly, newest last, bounded, never the token.</summary>
public sealed class JournalTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    [Fact]
    public async Task Journal_PolicyPost_KeepsTheBodyByteForByte()
    {
        // Odd spacing, an escaped and a literal non-ASCII character: nothing may be normalized.
        var body = "{ \"displayName\" :\"Zoë \\u00e9 test\",\n  \"accessPackage\": {\"id\": \"nope\"}}";

        await Host.SendJsonAsync(HttpMethod.Post, "v1.0/identityGovernance/entitlementManagement/assignmentPolicies", body);

        var entries = await Host.JournalAsync();
        var entry = entries[^1];
        entry.Method.ShouldBe("POST");
        entry.Body.ShouldBe(body);
        entry.Headers["Content-Type"].ShouldStartWith("application/json");
    }

    [Fact]
    public async Task Journal_Request_KeepsPathQueryAndSelectedHeadersButNeverTheToken()
    {
        var clientRequestId = Guid.NewGuid().ToString();
        await Host.SendJsonAsync(HttpMethod.Get, "v1.0/users?$search=%22displayName:zo%C3%AB%22&$top=5", headers: new Dictionary<string, string>
        {
            ["ConsistencyLevel"] = "eventual",
            ["client-request-id"] = clientRequestId,
        });

        var entries = await Host.JournalAsync();
        var entry = entries.Single(e => e.Headers.GetValueOrDefault("client-request-id") == clientRequestId);
        entry.Path.ShouldBe("/v1.0/users?$search=%22displayName:zo%C3%AB%22&$top=5");
        entry.Headers["ConsistencyLevel"].ShouldBe("eventual");
        entry.Headers["Authorization"].ShouldBe("Bearer ***");
        entry.Status.ShouldBe(200);
        JsonSerializer.Serialize(entries).ShouldNotContain(SandboxHost.Token);
    }

    [Fact]
    public async Task Journal_Delete_ClearsIt()
    {
        await Host.SendJsonAsync(HttpMethod.Get, "v1.0/groups?$top=1");

        using var cleared = await Host.Http.DeleteAsync("_journal", TestContext.Current.CancellationToken);

        cleared.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Host.JournalAsync()).ShouldBeEmpty();
    }
}

/// <summary>The journal keeps only the newest entries.</summary>
public sealed class JournalCapacityTests : IAsyncLifetime
{
    private SandboxHost? _host;

    public async ValueTask InitializeAsync() =>
        _host = await SandboxHost.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:JournalCapacity"] = "5" });

    public async ValueTask DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task Journal_OverCapacity_KeepsTheNewestInOrder()
    {
        for (var i = 1; i <= 8; i++)
        {
            await _host!.SendJsonAsync(HttpMethod.Get, $"v1.0/users?$top={i}");
        }

        var entries = await _host!.JournalAsync();

        entries.Select(e => e.Path).ShouldBe([.. Enumerable.Range(4, 5).Select(i => $"/v1.0/users?$top={i}")]);
        entries.Select(e => e.Sequence).ShouldBeInOrder();
    }
}
