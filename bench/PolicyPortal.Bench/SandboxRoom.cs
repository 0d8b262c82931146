using PolicyPortal.Core.Ports;

namespace PolicyPortal.Bench;

/// <summary>Resets the sandbox and empties the seeded access packages, so every measurement starts from the same tenant.</summary>
public static class SandboxRoom
{
    public static async Task MakeRoomAsync(BenchHost host, IPolicyGateway gateway, int latencyMs, CancellationToken cancellationToken)
    {
        await host.Journal.ResetAsync(cancellationToken);
        foreach (var package in BenchDrafts.Packages)
        {
            foreach (var policy in await gateway.ListAsync(package, cancellationToken))
            {
                await gateway.DeleteAsync(policy.Id!, cancellationToken);
            }
        }
        await host.Journal.ClearAsync(cancellationToken);
        if (latencyMs > 0)
        {
            // After the reset, which clears injected faults and latency.
            await host.SetLatencyAsync(latencyMs, cancellationToken);
        }
    }
}
