using Microsoft.AspNetCore.Components;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Web.Components.Pages.Policies.Fields;

/// <summary>Edits one subject slot: checkboxes for the roles the slot takes (manager, sponsors, owners) and the directory
/// picker for the people and groups it takes. Offers only what the service allows in this slot (and scope).</summary>
public sealed partial class SubjectSlotField
{
    [Parameter, EditorRequired]
    public string Label { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public SubjectSlot Slot { get; set; }

    /// <summary>The draft's list for this slot; edited in place.</summary>
    [Parameter, EditorRequired]
    public List<Subject> Subjects { get; set; } = [];

    /// <summary>The policy's scope: sponsors only make sense for connected organizations, targets depend on it.</summary>
    [Parameter]
    public AllowedTargetScope Scope { get; set; }

    [Parameter]
    public string? HelperText { get; set; }

    [Parameter]
    public string? ErrorText { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Parameter, EditorRequired]
    public string TestId { get; set; } = "subject-slot";

    private IReadOnlySet<SubjectKind> Allowed => SubjectSlots.AllowedKinds(Slot, Scope);

    /// <summary>Non-directory kinds: shown when allowed here, and always when already present so they can be removed.</summary>
    private IEnumerable<SubjectKind> RoleKinds => Enum.GetValues<SubjectKind>()
        .Where(kind => !SubjectKinds.HasObjectId(kind) && kind != SubjectKind.AttributeRule)
        .Where(kind => (Allowed.Contains(kind) && Offered(kind)) || Subjects.Any(s => s.Kind == kind));

    private IReadOnlyCollection<SubjectKind> DirectoryKinds => [.. SubjectKinds.DirectoryObjectKinds.Where(Allowed.Contains)];

    private string PickerLabel => $"Add {SubjectSlots.Title(Slot)} by name";

    private IReadOnlyList<DirectoryEntry> DirectorySelection => Subjects
        .Where(s => SubjectKinds.HasObjectId(s.Kind) && s.ObjectId is not null)
        .Select(s => new DirectoryEntry(s.Kind, s.ObjectId!, s.DisplayName ?? s.ObjectId!, s.Detail))
        .ToList();

    // Sponsors of a connected organization exist only for requestors from one.
    private bool Offered(SubjectKind kind) =>
        !SubjectKinds.IsConnectedOrganizationSponsor(kind) || AllowedTargetScopes.IsConnectedOrganization(Scope);

    private Task ToggleAsync(SubjectKind kind, bool on)
    {
        Subjects.RemoveAll(s => s.Kind == kind);
        if (on)
        {
            Subjects.Add(SubjectKinds.ManagerLevelRange(kind) is null ? new Subject(kind) : new Subject(kind) { ManagerLevel = 1 });
        }
        return OnChanged.InvokeAsync();
    }

    private Task SetLevelAsync(Subject subject, int level)
    {
        subject.ManagerLevel = level;
        return OnChanged.InvokeAsync();
    }

    private Task SetDirectoryAsync(IReadOnlyList<DirectoryEntry> entries)
    {
        var kept = entries.Select(e => e.Id).ToHashSet();
        Subjects.RemoveAll(s => SubjectKinds.HasObjectId(s.Kind) && !kept.Contains(s.ObjectId ?? string.Empty));
        foreach (var entry in entries.Where(e => Subjects.All(s => s.ObjectId != e.Id)))
        {
            Subjects.Add(new Subject(entry.Kind) { ObjectId = entry.Id, DisplayName = entry.DisplayName, Detail = entry.Detail });
        }
        return OnChanged.InvokeAsync();
    }
}
