using PolicyPortal.Core.Ports;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Components.Shared;

/// <summary>A page's Graph calls: <see cref="Busy"/> while one runs, its failure in words in <see cref="Error"/> after
/// (cleared by the next that succeeds), through the guard that sends the admin to sign in when Graph asks, and cancelled
/// when the page goes.</summary>
public sealed class PageCalls(GraphCallGuard guard) : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    public bool Busy { get; private set; }

    public string? Error { get; set; }

    /// <summary>Cancelled when the page is disposed.</summary>
    public CancellationToken Token => _disposed.Token;

    public async Task RunAsync(Func<CancellationToken, Task> call)
    {
        Busy = true;
        try
        {
            await guard.RunAsync(call, _disposed.Token);
            Error = null;
        }
        catch (GatewayException error)
        {
            Error = error.Message;
        }
        finally
        {
            Busy = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
