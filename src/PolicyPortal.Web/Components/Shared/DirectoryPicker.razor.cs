using Microsoft.AspNetCore.Components;
using MudBlazor;
using PolicyPortal.Core.Directory;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Web.Components.Shared;

/// <summary>The one picker for every subject slot: searches the kinds the slot allows by name and shows chips for what
/// was picked. Debounced by MudAutocomplete; a newer keystroke cancels the older search's token, which flows to Graph.</summary>
public sealed partial class DirectoryPicker
{
    /// <summary>Long enough that typing at human speed (about 60 ms a key) settles into one query.</summary>
    public const int DebounceMilliseconds = 150;

    private MudAutocomplete<DirectoryEntry>? _autocomplete;
    private DirectoryEntry? _pending;
    private string? _searchError;

    [Inject]
    private CachedDirectorySearch Directory { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Label { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public DirectoryObjectKind Kinds { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<DirectoryEntry> Selected { get; set; } = [];

    [Parameter]
    public EventCallback<IReadOnlyList<DirectoryEntry>> SelectedChanged { get; set; }

    [Parameter]
    public string? HelperText { get; set; }

    [Parameter]
    public string? ErrorText { get; set; }

    /// <summary>How many subjects the slot takes; null for no limit.</summary>
    [Parameter]
    public int? Max { get; set; }

    [Parameter]
    public string TestId { get; set; } = "directory-picker";

    private string KindsText => string.Join(" or ", Enum.GetValues<DirectoryObjectKind>()
        .Where(k => k != DirectoryObjectKind.None && Kinds.HasFlag(k))
        .Select(k => KindName(k).ToLowerInvariant() + "s"));

    private async Task<IEnumerable<DirectoryEntry>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        _searchError = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        try
        {
            var results = await Directory.SearchAsync(text, Kinds, cancellationToken);
            return results.Where(r => Selected.All(s => s.Id != r.Id));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
        catch (GatewayException error)
        {
            // Said beside the field, not thrown: the admin keeps what they typed and can retry.
            _searchError = error.Message;
            await InvokeAsync(StateHasChanged);
            return [];
        }
    }

    private async Task AddAsync(DirectoryEntry? entry)
    {
        if (entry is null || Selected.Any(s => s.Id == entry.Id))
        {
            return;
        }
        await SelectedChanged.InvokeAsync([.. Selected, entry]);
        _pending = null;
        if (_autocomplete is not null)
        {
            await _autocomplete.ClearAsync();
        }
    }

    private Task RemoveAsync(DirectoryEntry entry) =>
        SelectedChanged.InvokeAsync(Selected.Where(s => s.Id != entry.Id).ToList());

    internal static string KindName(DirectoryObjectKind kind) => kind switch
    {
        DirectoryObjectKind.User => "User",
        DirectoryObjectKind.Group => "Group",
        DirectoryObjectKind.ServicePrincipal => "Service principal",
        DirectoryObjectKind.ConnectedOrganization => "Connected organization",
        _ => kind.ToString(),
    };

    private static string KindIcon(DirectoryObjectKind kind) => kind switch
    {
        DirectoryObjectKind.User => Icons.Material.Filled.Person,
        DirectoryObjectKind.Group => Icons.Material.Filled.Group,
        DirectoryObjectKind.ServicePrincipal => Icons.Material.Filled.SmartToy,
        DirectoryObjectKind.ConnectedOrganization => Icons.Material.Filled.Business,
        _ => Icons.Material.Filled.HelpOutline,
    };
}
