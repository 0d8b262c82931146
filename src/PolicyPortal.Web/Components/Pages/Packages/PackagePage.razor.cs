using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Summary;
using PolicyPortal.Core.Text;
using PolicyPortal.Web.Baselines;
using PolicyPortal.Web.Components.Shared;
using PolicyPortal.Web.Policies;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Components.Pages.Packages;

/// <summary>One access package and its policies: open, clone, edit, delete.</summary>
public sealed partial class PackagePage
{
    private readonly CancellationTokenSource _disposed = new();
    private AccessPackageInfo? _package;
    private List<PolicyDraft>? _policies;
    private string? _error;
    private readonly HashSet<string> _expanded = [];

    [Parameter]
    public string PackageId { get; set; } = string.Empty;

    [Inject] private IAccessPackageCatalog Catalog { get; set; } = default!;
    [Inject] private IPolicyGateway Gateway { get; set; } = default!;
    [Inject] private PolicyDeleter Deleter { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private GraphCallGuard Guard { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private BaselineExporter Baselines { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            var read = await Guard.RunAsync(async ct => (await Catalog.GetAsync(PackageId, ct), await Gateway.ListAsync(PackageId, ct)), _disposed.Token);
            if (read.ChallengeStarted)
            {
                return;
            }
            (_package, var policies) = read.Value;
            _policies = [.. policies];
            _error = null;
        }
        catch (GatewayException error)
        {
            _error = error.Message;
        }
    }

    private async Task DeleteAsync(PolicyDraft policy)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete this policy?",
            $"“{BidiControls.Reveal(policy.DisplayName)}” will be deleted from {BidiControls.Reveal(_package?.DisplayName)}. People can no longer request access through it. This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }
        try
        {
            var user = await CurrentUser.FromAsync(Authentication);
            if (!await Guard.RunAsync(ct => Deleter.DeleteAsync(user, policy, ct), _disposed.Token))
            {
                return; // on the way to sign in again
            }
            // A new list, so "Try as a requestor" resolves the package again without the deleted policy.
            _policies = _policies?.Where(p => p != policy).ToList();
            Snackbar.Add($"Deleted “{BidiControls.Reveal(policy.DisplayName)}”.", Severity.Success);
        }
        catch (GatewayException error)
        {
            Snackbar.Add(error.Message, Severity.Error);
        }
    }

    /// <summary>The package's policies as a baseline file (docs/baselines.md), downloaded by the browser.</summary>
    private async Task ExportAsync()
    {
        try
        {
            var exported = await Guard.RunAsync(ct => Baselines.ExportAsync($"access package {_package?.DisplayName}", [_package!], ct), _disposed.Token);
            if (!exported.ChallengeStarted)
            {
                await JS.InvokeVoidAsync("policyPortal.download", DownloadName.Json($"baseline {_package!.DisplayName}", "baseline"), exported.Value, "application/json");
            }
        }
        catch (GatewayException error)
        {
            Snackbar.Add(error.Message, Severity.Error);
        }
    }

    private void Toggle(string policyId)
    {
        if (!_expanded.Remove(policyId))
        {
            _expanded.Add(policyId);
        }
    }

    // The table's cells in the summary's own words, so the two never describe a policy differently.
    private static string ApprovalText(PolicyDraft policy) => policy.RequestApproval.Stages.Count == 0
        ? "No approval"
        : SummaryWords.Count(policy.RequestApproval.Stages.Count, "stage");

    private static string ExpirationText(PolicyDraft policy) => policy.Expiration.Kind switch
    {
        ExpirationKind.NoExpiration => "Never",
        ExpirationKind.OnDate when policy.Expiration.EndDateTime is { } end => "On " + SummaryWords.DateTime(end),
        ExpirationKind.AfterDuration => "After " + SummaryWords.Duration(policy.Expiration.Duration),
        _ => "Not specified",
    };

    private static string ReviewText(PolicyDraft policy) =>
        policy.ReviewSettings.IsEnabled ? SummaryWords.Capitalize(SummaryWords.Frequency(policy.ReviewSettings)) : "None";

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
