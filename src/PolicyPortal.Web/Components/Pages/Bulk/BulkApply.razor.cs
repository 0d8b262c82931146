using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Ports;
using PolicyPortal.Web.Data.Bulk;
using PolicyPortal.Web.Policies;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Components.Pages.Bulk;

/// <summary>Applies a plan through <see cref="BulkRunner"/> once the admin confirms, or resumes a run that stopped, showing
/// each batch's results as they come. Used by "Change many policies" and by a baseline's apply.</summary>
public sealed partial class BulkApply : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private BulkRunRecord? _run;
    private bool _running;
    private bool _stop;
    private string? _error;

    [Inject] private BulkRunner Runner { get; set; } = default!;
    [Inject] private GraphCallGuard Guard { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Parameter]
    public IReadOnlyList<BulkPlanItem>? Plan { get; set; }

    /// <summary>What the plan does, in words: the run's name in the audit and on resume.</summary>
    [Parameter, EditorRequired]
    public string Description { get; set; } = string.Empty;

    /// <summary>What applying sends, for the confirmation: "3 policies will be created in Microsoft Graph".</summary>
    [Parameter, EditorRequired]
    public string Consequence { get; set; } = string.Empty;

    [Parameter]
    public string ApplyText { get; set; } = "Apply the plan";

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>Told when a run starts, moves and ends, so the page can put the plan away.</summary>
    [Parameter]
    public EventCallback<BulkRunRecord?> RunChanged { get; set; }

    private async Task ApplyAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Apply the plan?", $"{Description}: {Consequence}.", yesText: "Apply", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }
        var user = await CurrentUser.FromAsync(Authentication);
        await ResumeAsync(await Runner.StartAsync(user, Description, Plan!, _disposed.Token));
    }

    /// <summary>Runs (or resumes) a run in this circuit until it is settled or stopped.</summary>
    public async Task ResumeAsync(Guid runId)
    {
        var user = await CurrentUser.FromAsync(Authentication);
        (_stop, _running) = (false, true);
        var progress = new Progress<BulkRunRecord>(run => _ = InvokeAsync(() => ShowAsync(run)));
        try
        {
            await Guard.RunAsync(async ct => _run = await Runner.RunAsync(user, runId, progress, () => _stop, ct), _disposed.Token);
            _error = null;
        }
        catch (GatewayException error)
        {
            _error = error.Message;
        }
        finally
        {
            _running = false;
        }
        await ShowAsync(_run);
    }

    private async Task ShowAsync(BulkRunRecord? run)
    {
        _run = run;
        await RunChanged.InvokeAsync(run);
        StateHasChanged();
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
