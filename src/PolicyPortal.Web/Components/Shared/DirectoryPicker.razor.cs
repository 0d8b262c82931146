using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using PolicyPortal.Core.Directory;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Components.Shared;

/// <summary>The one picker for every subject slot: searches the kinds the slot allows by name and shows chips for what
/// was picked. While a refined query ("me" -> "meg") is on its way, what the shorter one loaded is shown, narrowed.
/// The picker debounces itself (MudAutocomplete's debounce is off) so that the narrowed list shows at the first key;
/// a newer keystroke cancels the older search's token, which flows to Graph.</summary>
public sealed partial class DirectoryPicker : IDisposable
{
    /// <summary>How long the text must stand still after its last key before the search goes: keys up to about 110 ms
    /// apart (9 a second, a practised typist's pace within a name) still settle into one query, measured by
    /// <c>B cadence</c> (docs/benchmarks.md).</summary>
    public const int DebounceMilliseconds = 120;

    private readonly CancellationTokenSource _lifetime = new();
    // Receiver-less: a key notes the time and nothing else; bound to the picker, every key would re-render it.
    private readonly EventCallback<KeyboardEventArgs> _noteKey;
    private long _lastKeyAt;
    private CancellationTokenSource? _settle;
    private MudAutocomplete<DirectoryEntry>? _autocomplete;
    private DirectoryEntry? _pending;
    private string? _searchError;

    public DirectoryPicker() => _noteKey = new EventCallback<KeyboardEventArgs>(null, (Action)NoteKey);

    [Inject]
    private CachedDirectorySearch Directory { get; set; } = default!;

    [Inject]
    private GraphCallGuard Guard { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Label { get; set; } = string.Empty;

    /// <summary>The directory-object kinds to search (see <see cref="SubjectKinds.DirectoryObjectKinds"/>).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyCollection<SubjectKind> Kinds { get; set; } = [];

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

    private string KindsText => string.Join(" or ", SubjectKinds.DirectoryObjectKinds
        .Where(Kinds.Contains)
        .Select(k => SubjectKinds.ObjectName(k).ToLowerInvariant() + "s"));

    private async Task<IEnumerable<DirectoryEntry>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        _searchError = null;
        CancelSettle();
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        if (Directory.TryGetFresh(text, Kinds, out var cached))
        {
            return Unselected(cached);
        }

        // MudAutocomplete cancels its token on the next key, on Escape and on a pick: the settle ends with it.
        _settle = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, cancellationToken);
        var provisional = Directory.Provisional(text, Kinds);
        if (provisional.Count == 0)
        {
            return Unselected(await SettleAsync(text, _settle.Token) ?? []);
        }
        _ = RefreshWhenSettledAsync(text, provisional, _settle.Token);
        return Unselected(provisional);
    }

    /// <summary>The answer once the text has stood still for the debounce; null when superseded or failed.</summary>
    private async Task<IReadOnlyList<DirectoryEntry>?> SettleAsync(string text, CancellationToken cancellationToken)
    {
        try
        {
            // The quiet time counts from the key that changed the text, as it reached the circuit: its keydown comes a
            // few milliseconds before the text MudAutocomplete hands over. A change with no key just before it (a paste
            // with the mouse) waits the whole time.
            var debounce = TimeSpan.FromMilliseconds(DebounceMilliseconds);
            var key = _lastKeyAt;
            var left = debounce - Clock.GetElapsedTime(key);
            await Task.Delay(left > TimeSpan.Zero ? left : debounce, Clock, cancellationToken);
            // A key pressed meanwhile (the next letter, its text yet to come, or an arrow) holds the search back as long again.
            while (key != _lastKeyAt)
            {
                key = _lastKeyAt;
                left = debounce - Clock.GetElapsedTime(key);
                if (left > TimeSpan.Zero)
                {
                    await Task.Delay(left, Clock, cancellationToken);
                }
            }
            var found = await Guard.RunAsync(ct => Directory.SearchAsync(text, Kinds, ct), cancellationToken);
            return found.ChallengeStarted ? null : found.Value;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (GatewayException error)
        {
            // Said beside the field, not thrown: the admin keeps what they typed and can retry.
            _searchError = error.Message;
            await InvokeAsync(StateHasChanged);
            return null;
        }
    }

    private async Task RefreshWhenSettledAsync(string text, IReadOnlyList<DirectoryEntry> shown, CancellationToken cancellationToken)
    {
        try
        {
            // Searching again replaces the provisional list (the answer is in the cache by now). An answer that is the
            // list already shown leaves it alone, and with it the admin's keyboard highlight.
            if (await SettleAsync(text, cancellationToken) is { } answer && !cancellationToken.IsCancellationRequested && _autocomplete is not null
                && !answer.Select(e => e.Id).SequenceEqual(shown.Select(e => e.Id)))
            {
                await InvokeAsync(_autocomplete.OpenMenuAsync);
            }
        }
        catch (Exception error)
        {
            // Nobody awaits this task: an unexpected failure goes to the error boundary instead of vanishing.
            await DispatchExceptionAsync(error);
        }
    }

    private void NoteKey() => _lastKeyAt = Clock.GetTimestamp();

    private IEnumerable<DirectoryEntry> Unselected(IEnumerable<DirectoryEntry> results) =>
        results.Where(r => Selected.All(s => s.Id != r.Id));

    private void CancelSettle()
    {
        _settle?.Cancel();
        _settle?.Dispose();
        _settle = null;
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

    public void Dispose()
    {
        CancelSettle();
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private static string KindIcon(SubjectKind kind) => kind switch
    {
        SubjectKind.User => Icons.Material.Filled.Person,
        SubjectKind.Group => Icons.Material.Filled.Group,
        SubjectKind.ServicePrincipal => Icons.Material.Filled.SmartToy,
        SubjectKind.ConnectedOrganization => Icons.Material.Filled.Business,
        _ => Icons.Material.Filled.HelpOutline,
    };
}
