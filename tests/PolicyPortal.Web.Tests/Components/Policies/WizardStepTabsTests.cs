using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Web.Components.Pages.Policies;

namespace PolicyPortal.Web.Tests.Components.Policies;

public sealed partial class WizardStepTabsTests : PortalComponentTest
{
    private const string NeedsFixing = "<span class=\"visually-hidden\">(needs fixing)</span>";
    private const string HiddenNumber = "<span class=\"visually-hidden\">2</span>";

    public WizardStepTabsTests() => RenderAsInteractiveServer();

    // The second step has errors; the current one is the first (plain steps around it) or the one with errors.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Tabs_PlainCurrentAndWithErrors_AreMudStepperMarkupWithTheOtherTitlesMarkedAndErrorsInWords(int current)
    {
        var stepper = RenderStepper(current).Find(".mud-stepper-nav");
        var tabs = Render(WizardStepTabs.For(new Receiver(), WizardStep.All[current], step => step.Index == 1, _ => Task.CompletedTask))
            .Find(".mud-stepper-nav");

        var ours = tabs.QuerySelectorAll("[role=tab]");
        ours.Length.ShouldBe(WizardStep.All.Count);
        for (var i = 0; i < ours.Length; i++)
        {
            // The additions: a class that lets narrow screens show only the current step's title; the error and the number in words.
            var html = ours[i].OuterHtml;
            html.Contains(" wizard-step-title-other", StringComparison.Ordinal).ShouldBe(i != current);
            html.Contains(NeedsFixing, StringComparison.Ordinal).ShouldBe(i == 1);
            html.Contains(HiddenNumber, StringComparison.Ordinal).ShouldBe(i == 1, "the \"!\" icon hides the number from the eye only");
            ours[i].Id.ShouldBe(WizardStepTabs.TabId(WizardStep.All[i]));
            ours[i].GetAttribute("aria-controls").ShouldBe(i == current ? WizardStepTabs.PanelId : null);
        }
        WithoutAdditions(tabs.OuterHtml).MarkupMatches(WithoutIds(stepper.OuterHtml));
    }

    [Fact]
    public async Task Tab_Clicked_ChoosesItsStep()
    {
        var chosen = new List<WizardStep>();
        var tabs = Render(WizardStepTabs.For(new Receiver(), WizardStep.Basics, _ => false, step => { chosen.Add(step); return Task.CompletedTask; }));

        await tabs.Find($"#{WizardStepTabs.TabId(WizardStep.Approval)}").ClickAsync(new());

        chosen.ShouldBe([WizardStep.Approval]);
    }

    private static string WithoutAdditions(string html) => WithoutIds(html.Replace(" wizard-step-title-other", "", StringComparison.Ordinal)
        .Replace(NeedsFixing, "", StringComparison.Ordinal).Replace(HiddenNumber, "", StringComparison.Ordinal));

    // MudStepper's ids are generated per instance; ours name the step (checked above).
    private static string WithoutIds(string html) => IdAttributes().Replace(html, "");

    [GeneratedRegex(" (id|aria-controls)=\"[^\"]*\"")]
    private static partial Regex IdAttributes();

    private IRenderedComponent<MudStepper> RenderStepper(int current) => Render<MudStepper>(parameters => parameters
        .Add(s => s.ActiveIndex, current).Add(s => s.NonLinear, true).Add(s => s.ShowResetButton, false)
        .AddChildContent(builder =>
        {
            foreach (var step in WizardStep.All)
            {
                builder.OpenComponent<MudStep>(0);
                builder.AddComponentParameter(1, nameof(MudStep.Title), step.Title);
                builder.AddComponentParameter(2, nameof(MudStep.HasError), step.Index == 1);
                builder.AddComponentParameter(3, nameof(MudStep.ChildContent), (RenderFragment)(content => content.AddContent(0, "step body")));
                builder.CloseComponent();
            }
        }));

    private sealed class Receiver : IHandleEvent
    {
        public Task HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);
    }
}
