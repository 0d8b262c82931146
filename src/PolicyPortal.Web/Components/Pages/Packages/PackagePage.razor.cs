using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Validation;

namespace PolicyPortal.Web.Components.Pages.Packages;

/// <summary>One access package and its policies: open, clone, edit, delete.</summary>
public sealed partial class PackagePage
{
    private const int PackagePolicyLimit = PackagePolicyContext.MaxPoliciesPerPackage;

    private readonly CancellationTokenSource _disposed = new();
    private AccessPackageInfo? _package;
    private List<PolicyDraft>? _policies;
    private string? _error;
    private readonly HashSet<string> _expanded = [];

    [Parameter]
    public string PackageId { get; set; } = string.Empty;

    [Inject] private IAccessPackageCatalog Catalog { get; set; } = default!;
    [Inject] private IPolicyGateway Gateway { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _package = await Catalog.GetAsync(PackageId, _disposed.Token);
            _policies = [.. await Gateway.ListAsync(PackageId, _disposed.Token)];
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
            $"“{policy.DisplayName}” will be deleted from {_package?.DisplayName}. People can no longer request access through it. This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }
        try
        {
            await Gateway.DeleteAsync(policy.Id!, _disposed.Token);
            _policies?.Remove(policy);
            Snackbar.Add($"Deleted “{policy.DisplayName}”.", Severity.Success);
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

    private static string ApprovalText(PolicyDraft policy) => policy.RequestApproval.Stages.Count switch
    {
        0 => "No approval",
        1 => "1 stage",
        var n => string.Create(CultureInfo.InvariantCulture, $"{n} stages"),
    };

    private static string ExpirationText(PolicyDraft policy) => policy.Expiration.Kind switch
    {
        ExpirationKind.NoExpiration => "Never",
        ExpirationKind.OnDate => policy.Expiration.EndDateTime?.ToString("d", CultureInfo.CurrentCulture) ?? "On a date",
        ExpirationKind.AfterDuration => string.Create(CultureInfo.InvariantCulture,
            $"After {policy.Expiration.Duration.Value} {policy.Expiration.Duration.Unit.ToString().ToLowerInvariant()}"),
        _ => "Not specified",
    };

    private static string ReviewText(PolicyDraft policy) =>
        !policy.ReviewSettings.IsEnabled ? "None" : policy.ReviewSettings.Frequency?.ToString() ?? "Custom";

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
