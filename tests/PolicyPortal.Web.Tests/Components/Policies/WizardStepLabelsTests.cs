using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Web.Components.Pages.Policies;

namespace PolicyPortal.Web.Tests.Components.Policies;

public sealed class WizardStepLabelsTests : PortalComponentTest
{
    private const string NeedsFixing = "<span class=\"visually-hidden\">(needs fixing)</span>";
    private const string HiddenNumber = "<span class=\"visually-hidden\">2</span>";

    public WizardStepLabelsTests() => RenderAsInteractiveServer();

    // Three steps, the second with errors; the current one is the first (plain steps around it) or the one with errors.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Labels_PlainCurrentAndWithErrors_AreTheStepperDefaultMarkupWithTheOtherTitlesMarkedAndErrorsInWords(int current)
    {
        var byDefault = RenderStepper(current, templated: false).FindAll(".mud-step-label");
        var templated = RenderStepper(current, templated: true).FindAll(".mud-step-label");

        templated.Count.ShouldBe(3);
        for (var i = 0; i < templated.Count; i++)
        {
            // The additions: a class that lets narrow screens show only the current step's title; the error and the number in words.
            var html = templated[i].OuterHtml;
            html.Contains(" wizard-step-title-other", StringComparison.Ordinal).ShouldBe(i != current);
            html.Contains(NeedsFixing, StringComparison.Ordinal).ShouldBe(i == 1);
            html.Contains(HiddenNumber, StringComparison.Ordinal).ShouldBe(i == 1, "the \"!\" icon hides the number from the eye only");
            html.Replace(" wizard-step-title-other", "", StringComparison.Ordinal).Replace(NeedsFixing, "", StringComparison.Ordinal)
                .Replace(HiddenNumber, "", StringComparison.Ordinal).MarkupMatches(byDefault[i].OuterHtml);
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
