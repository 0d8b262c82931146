namespace PolicyPortal.Sandbox.Tests.Infrastructure;

/// <summary>One sandbox at the root for a test class.</summary>
public class SandboxFixture : IAsyncLifetime
{
    private SandboxHost? _host;

    public SandboxHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    protected virtual string PathBase => "";

    public async ValueTask InitializeAsync() => _host = await SandboxHost.StartAsync(PathBase);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>One sandbox mounted as the Web app mounts it in demo mode.</summary>
public sealed class MountedSandboxFixture : SandboxFixture
{
    public const string Mount = "/sandbox/graph";

    protected override string PathBase => Mount;
}
