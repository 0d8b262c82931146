using Microsoft.Extensions.Options;
using PolicyPortal.Sandbox.Faults;
using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Tests.Faults;

/// <summary>Injected latency models one network round trip: a <c>$batch</c> is one, however many requests it carries.</summary>
public sealed class LatencyRuleTests
{
    private readonly FaultInjector _faults = new(Options.Create(new SandboxOptions { LatencyMs = 300 }));

    [Fact]
    public void TenantLatency_IsChargedToTheBatchNotToTheRequestsInsideIt()
    {
        _faults.LatencyFor(Request("POST", SandboxDispatcher.BatchPath), insideBatch: false).ShouldBe(TimeSpan.FromMilliseconds(300));
        _faults.LatencyFor(Request("GET", "/v1.0/users"), insideBatch: true).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void LatencyHeader_OnARequestInsideABatch_StillDelaysThatRequest()
    {
        var slow = Request("GET", "/v1.0/groups", (FaultInjector.LatencyHeader, "120"));

        _faults.LatencyFor(slow, insideBatch: true).ShouldBe(TimeSpan.FromMilliseconds(120));
    }

    private static SandboxRequest Request(string method, string path, params (string Name, string Value)[] headers)
    {
        var all = SandboxRequest.NewHeaders();
        foreach (var (name, value) in headers)
        {
            all[name] = value;
        }
        return new SandboxRequest(method, path, "", all, null, "http://localhost");
    }
}
