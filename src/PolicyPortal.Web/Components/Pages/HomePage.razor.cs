using Microsoft.AspNetCore.Components;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Web.Components.Pages;

public sealed partial class HomePage
{
    private readonly CancellationTokenSource _disposed = new();
    private CancellationTokenSource? _query;
    private IReadOnlyList<AccessPackageInfo>? _packages;
    private string _filter = string.Empty;
    private string? _error;

    [Inject]
    private IAccessPackageCatalog Packages { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task FilterAsync(string? filter)
    {
        _filter = filter ?? string.Empty;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        // A newer filter makes the older answer worthless: cancel it rather than let it arrive last.
        if (_query is not null)
        {
            await _query.CancelAsync();
            _query.Dispose();
        }
        _query = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        var token = _query.Token;
        try
        {
            var packages = await Packages.ListAsync(_filter, token);
            (_packages, _error) = (packages, null);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (GatewayException error)
        {
            _error = error.Message;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        _query?.Dispose();
    }
}
