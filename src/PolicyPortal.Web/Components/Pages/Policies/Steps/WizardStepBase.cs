using Microsoft.AspNetCore.Components;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Validation;

namespace PolicyPortal.Web.Components.Pages.Policies.Steps;

/// <summary>What every wizard step shares: the draft it edits, the issues to show on its fields, and the callback that
/// tells the page something changed (autosave, live re-validation).</summary>
public abstract class WizardStepBase : ComponentBase
{
    [Parameter, EditorRequired]
    public PolicyDraft Draft { get; set; } = default!;

    /// <summary>The issues to show; empty until the admin tried to leave the step or reached Review.</summary>
    [Parameter, EditorRequired]
    public PolicyValidationReport Issues { get; set; } = PolicyValidationReport.Valid;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>The messages for one field, joined for MudBlazor's ErrorText; null when the field is fine.</summary>
    protected string? ErrorFor(string propertyPath)
    {
        var messages = Issues.MessagesFor(propertyPath).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>The messages for a field and everything inside it (a subject slot and its entries).</summary>
    protected string? ErrorsWithin(string propertyPath)
    {
        var messages = Issues.Within(propertyPath).Select(i => i.Message).Distinct().ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    protected Task ChangedAsync() => OnChanged.InvokeAsync();
}
