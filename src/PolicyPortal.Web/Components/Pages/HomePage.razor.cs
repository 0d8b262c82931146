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
    /// <summary>Packages per page: the first rows show after one Graph round trip, whatever the tenant's size. A screenful
    /// and more: a page of 50 made a large tenant's first row show 1.3x later than a 6-package tenant's, from rendering
    /// 50 rows (docs/benchmarks.md, "Scale").</summary>
    internal const int PageSize = 20;

    private List<AccessPackageInfo>? _packages;
    private string? _nextPage;
    private bool _loadingMore;
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

    /// <summary>The first page for the current filter, asked of Graph (which filters on the server).</summary>
    private async Task LoadAsync()
    {
        // A newer filter makes the older answer worthless: cancel it rather than let it arrive last.
        if (_query is not null)
        {
            await _query.CancelAsync();
            _query.Dispose();
        }
        _query = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        if (await PageAsync(null, _query.Token) is { } page)
        {
            (_packages, _nextPage) = ([.. page.Items], page.NextPage);
        }
    }

    private async Task ShowMoreAsync()
    {
        _loadingMore = true;
        try
        {
            if (await PageAsync(_nextPage, _query!.Token) is { } page)
            {
                _packages!.AddRange(page.Items);
                _nextPage = page.NextPage;
            }
        }
        finally
        {
            _loadingMore = false;
        }
    }

    private async Task<AccessPackagePage?> PageAsync(string? next, CancellationToken token)
    {
        try
        {
            var page = await Guard.RunAsync(ct => Packages.PageAsync(_filter, PageSize, next, ct), token);
            _error = null;
            return page.ChallengeStarted ? null : page.Value;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return null;
        }
        catch (GatewayException error)
        {
            _error = error.Message;
            return null;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        _query?.Dispose();
    }
}
