using Microsoft.AspNetCore.Components;
using MudBlazor;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Web.Components.Pages.Policies;

/// <summary>
/// The wizard stepper's step labels (the number in its circle, the title beside it) as the markup MudStepper renders by
/// default, written out instead of two <see cref="MudText"/> components per step: 16 components fewer in every open
/// wizard, each about 4 KB of server memory per circuit (two render-tree buffers and its state; docs/benchmarks.md).
/// Covers the states the wizard uses: plain, current, with errors (which a screen reader hears as its number, its title and "(needs fixing)");
/// titles of the other steps are marked so that narrow screens show them to screen readers only (portal.css). The wizard never completes or skips a step through
/// the stepper (its own buttons replace the stepper's). Class names are constants, so no render allocates them.
/// </summary>
internal static class WizardStepLabels
{
    public static RenderFragment<IStepContext> Number { get; } = step => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", (step.HasError, step.IsActive) switch
        {
            (true, true) => "mud-step-label-icon mud-error mud-primary",
            (true, false) => "mud-step-label-icon mud-error",
            (false, true) => "mud-step-label-icon mud-primary",
            _ => "mud-step-label-icon",
        });
        if (step.HasError)
        {
            builder.OpenComponent<MudIcon>(2);
            builder.AddComponentParameter(3, nameof(MudIcon.Size), Size.Small);
            builder.AddComponentParameter(4, nameof(MudIcon.Icon), Icons.Material.Outlined.PriorityHigh);
            builder.CloseComponent();
            // The icon takes the number's place on screen; the tab's accessible name keeps it.
            builder.OpenElement(8, "span");
            builder.AddAttribute(9, "class", "visually-hidden");
            builder.AddContent(10, NumberOf(step));
            builder.CloseElement();
        }
        else
        {
            builder.OpenElement(5, "span");
            builder.AddAttribute(6, "class", "mud-typography mud-typography-caption");
            builder.AddContent(7, NumberOf(step));
            builder.CloseElement();
        }
        builder.CloseElement();
    };

    public static RenderFragment<IStepContext> Title { get; } = step => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", (step.HasError, step.IsActive) switch
        {
            (true, true) => "mud-step-label-content mud-error-text",
            (true, false) => "mud-step-label-content mud-error-text wizard-step-title-other",
            (false, true) => "mud-step-label-content",
            _ => "mud-step-label-content wizard-step-title-other",
        });
        builder.OpenElement(2, "p");
        builder.AddAttribute(3, "class", step.IsActive
            ? "mud-typography mud-typography-subtitle2 mud-step-label-content-title"
            : "mud-typography mud-typography-body2 mud-step-label-content-title");
        builder.AddContent(4, step.Title);
        if (step.HasError)
        {
            // The "!" icon says it to the eye; this says it in the step tab's accessible name.
            builder.OpenElement(5, "span");
            builder.AddAttribute(6, "class", "visually-hidden");
            builder.AddContent(7, "(needs fixing)");
            builder.CloseElement();
        }
        builder.CloseElement();
        builder.CloseElement();
    };

    private static int NumberOf(IStepContext step)
    {
        for (var i = 0; i < WizardStep.All.Count; i++)
        {
            if (WizardStep.All[i].Title == step.Title)
            {
                return i + 1;
            }
        }
        return 0;
    }
}
