using PolicyPortal.Core.Ports;

namespace PolicyPortal.Bench;

/// <summary>Empties the seeded access packages so the sandbox's 10-policies-per-package limit leaves room for 60 new ones.</summary>
public static class SandboxRoom
{
    public const int PoliciesPerPackage = 10;

    public static async Task MakeRoomAsync(BenchHost host, IPolicyGateway gateway, CancellationToken cancellationToken)
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
    }
}
