using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Web.Components.Pages.Policies;

/// <summary>
/// The wizard's row of step tabs as the markup a horizontal, non-linear <see cref="MudStepper"/> renders, written out
/// instead of a MudStepper with a MudStep per step: an open wizard holds every component it renders, in each circuit,
/// and those ten components (with their cascading values and the actions bar) were about a fifth of a wizard circuit's
/// server memory (docs/benchmarks.md, item 2). The form renders the current step's panel and the actions under it.
/// Each step's number sits in its circle and its title beside it; a step with errors shows "!" and says "(needs
/// fixing)" to screen readers; the titles of the other steps are marked so that narrow screens show them to screen
/// readers only (portal.css). MudStepper's other states (a step completed, skipped or disabled) the wizard has no use for.
/// </summary>
internal static class WizardStepTabs
{
    /// <summary>The id of the panel that shows the current step, which its tab controls.</summary>
    public const string PanelId = "wizard-panel";

    public static string TabId(WizardStep step) => $"wizard-tab-{step.Name}";

    /// <param name="receiver">The component that re-renders after a tab is chosen.</param>
    /// <param name="current">The step on screen.</param>
    /// <param name="hasError">Whether a step's tab shows that it needs fixing.</param>
    /// <param name="choose">Called with a tab's step when the admin clicks it.</param>
    public static RenderFragment For(IHandleEvent receiver, WizardStep current, Func<WizardStep, bool> hasError,
        Func<WizardStep, Task> choose) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-stepper-nav mud-stepper-nav-scrollable");
        builder.AddAttribute(2, "role", "tablist");
        foreach (var step in WizardStep.All)
        {
            var active = step == current;
            var error = hasError(step);
            builder.OpenElement(3, "button");
            builder.AddAttribute(4, "class", (error, active) switch
            {
                (true, true) => "mud-step active mud-ripple mud-clickable mud-step-error",
                (true, false) => "mud-step mud-ripple mud-clickable mud-step-error",
                (false, true) => "mud-step active mud-ripple mud-clickable",
                _ => "mud-step mud-ripple mud-clickable",
            });
            builder.AddAttribute(5, "role", "tab");
            builder.AddAttribute(6, "type", "button");
            builder.AddAttribute(7, "id", TabId(step));
            builder.AddAttribute(8, "aria-controls", active ? PanelId : null);
            builder.AddAttribute(9, "aria-selected", active ? "true" : "false");
            builder.AddAttribute(10, "onclick", EventCallback.Factory.Create<MouseEventArgs>(receiver, () => choose(step)));
            builder.OpenElement(11, "div");
            builder.AddAttribute(12, "class", active ? "mud-step-label mud-step-label-active" : "mud-step-label");
            Number(builder, step, active, error);
            Title(builder, step, active, error);
            builder.CloseElement();
            builder.CloseElement();
            if (step.Index < WizardStep.All.Count - 1)
            {
                builder.AddMarkupContent(13, "<div class=\"mud-stepper-nav-connector\"><div class=\"mud-stepper-nav-connector-line\"></div></div>");
            }
        }
        builder.CloseElement();
    };

    private static void Number(RenderTreeBuilder builder, WizardStep step, bool active, bool error)
    {
        builder.OpenRegion(20);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", (error, active) switch
        {
            (true, true) => "mud-step-label-icon mud-error mud-primary",
            (true, false) => "mud-step-label-icon mud-error",
            (false, true) => "mud-step-label-icon mud-primary",
            _ => "mud-step-label-icon",
        });
        if (error)
        {
            builder.OpenComponent<MudIcon>(2);
            builder.AddComponentParameter(3, nameof(MudIcon.Size), Size.Small);
            builder.AddComponentParameter(4, nameof(MudIcon.Icon), Icons.Material.Outlined.PriorityHigh);
            builder.CloseComponent();
            // The icon takes the number's place on screen; the tab's accessible name keeps it.
            builder.OpenElement(5, "span");
            builder.AddAttribute(6, "class", "visually-hidden");
            builder.AddContent(7, step.Index + 1);
            builder.CloseElement();
        }
        else
        {
            builder.OpenElement(8, "span");
            builder.AddAttribute(9, "class", "mud-typography mud-typography-caption");
            builder.AddContent(10, step.Index + 1);
            builder.CloseElement();
        }
        builder.CloseElement();
        builder.CloseRegion();
    }

    private static void Title(RenderTreeBuilder builder, WizardStep step, bool active, bool error)
    {
        builder.OpenRegion(21);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", (error, active) switch
        {
            (true, true) => "mud-step-label-content mud-error-text",
            (true, false) => "mud-step-label-content mud-error-text wizard-step-title-other",
            (false, true) => "mud-step-label-content",
            _ => "mud-step-label-content wizard-step-title-other",
        });
        builder.OpenElement(2, "p");
        builder.AddAttribute(3, "class", active
            ? "mud-typography mud-typography-subtitle2 mud-step-label-content-title"
            : "mud-typography mud-typography-body2 mud-step-label-content-title");
        builder.AddContent(4, step.Title);
        if (error)
        {
            // The "!" icon says it to the eye; this says it in the step tab's accessible name.
            builder.OpenElement(5, "span");
            builder.AddAttribute(6, "class", "visually-hidden");
            builder.AddContent(7, "(needs fixing)");
            builder.CloseElement();
        }
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseRegion();
    }
}
