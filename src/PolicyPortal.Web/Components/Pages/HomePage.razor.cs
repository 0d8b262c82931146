using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Components.Pages;

public sealed partial class HomePage
{
    private readonly CancellationTokenSource _disposed = new();
    private CancellationTokenSource? _query;
    private IReadOnlyList<AccessPackageInfo>? _packages;
    private string _filter = string.Empty;
    private string? _error;
    private IReadOnlyList<DraftSummary> _drafts = [];
    private CurrentUser? _user;

    [Inject]
    private IAccessPackageCatalog Packages { get; set; } = default!;

    [Inject]
    private GraphCallGuard Guard { get; set; } = default!;

    [Inject]
    private IDraftStore Drafts { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = await CurrentUser.FromAsync(Authentication);
        _drafts = await Drafts.ListAsync(_user.Id, _disposed.Token);
        await LoadAsync();
    }

    private async Task DiscardAsync(DraftSummary draft)
    {
        if (await Drafts.DiscardAsync(_user!.Id, draft.Id, _disposed.Token))
        {
            _drafts = _drafts.Where(d => d.Id != draft.Id).ToList();
        }
    }

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
            var packages = await Guard.RunAsync(ct => Packages.ListAsync(_filter, ct), token);
            if (!packages.ChallengeStarted)
            {
                (_packages, _error) = (packages.Value!, null);
            }
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
