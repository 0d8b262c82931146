using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Web.Components.Pages.Policies;

namespace PolicyPortal.Web.Tests.Components.Policies;

public sealed class WizardStepLabelsTests : PortalComponentTest
{
    public WizardStepLabelsTests() => RenderAsInteractiveServer();

    // Three steps, the second with errors; the current one is the first (plain steps around it) or the one with errors.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Labels_PlainCurrentAndWithErrors_AreTheStepperDefaultMarkupWithTheOtherStepsTitlesMarked(int current)
    {
        var byDefault = RenderStepper(current, templated: false).FindAll(".mud-step-label");
        var templated = RenderStepper(current, templated: true).FindAll(".mud-step-label");

        templated.Count.ShouldBe(3);
        for (var i = 0; i < templated.Count; i++)
        {
            // The one addition: a class that lets narrow screens show only the current step's title.
            var html = templated[i].OuterHtml;
            html.Contains(" wizard-step-title-other", StringComparison.Ordinal).ShouldBe(i != current);
            html.Replace(" wizard-step-title-other", "", StringComparison.Ordinal).MarkupMatches(byDefault[i].OuterHtml);
        }
        templated[0].TextContent.ShouldContain(WizardStep.Basics.Title);
    }

    private IRenderedComponent<MudStepper> RenderStepper(int current, bool templated) => Render<MudStepper>(parameters =>
    {
        parameters.Add(s => s.ActiveIndex, current).Add(s => s.NonLinear, true).Add(s => s.ShowResetButton, false);
        if (templated)
        {
            parameters.Add(s => s.LabelTemplate, WizardStepLabels.Number).Add(s => s.TitleTemplate, WizardStepLabels.Title);
        }
        parameters.AddChildContent(builder =>
        {
            for (var i = 0; i < 3; i++)
            {
                builder.OpenComponent<MudStep>(0);
                builder.AddComponentParameter(1, nameof(MudStep.Title), WizardStep.All[i].Title);
                builder.AddComponentParameter(2, nameof(MudStep.HasError), i == 1);
                builder.AddComponentParameter(3, nameof(MudStep.ChildContent), (RenderFragment)(content => content.AddContent(0, "step body")));
                builder.CloseComponent();
            }
        });
    });
}
