using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Validation;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Web.Components.Pages.Policies.Steps;

namespace PolicyPortal.Bench;

/// <summary>The step-change benchmark's baseline: the wizard's own step components rendered bare, with none of the
/// wizard around them (no stepper, no validation, no save, no preview). Each click of its button shows the next step,
/// a new instance of the component the wizard would show, for the same policy. Added to the wizard's page, in the
/// wizard's own circuit, as a JavaScript root component (<c>Blazor.rootComponents.add</c>).</summary>
internal sealed class BareStep : ComponentBase
{
    public const string Identifier = "bench-bare-step";

    private static readonly Dictionary<WizardStep, Type> Components = new()
    {
        [WizardStep.WhoCanRequest] = typeof(WhoCanRequestStep),
        [WizardStep.RequestorOptions] = typeof(RequestorOptionsStep),
        [WizardStep.Approval] = typeof(ApprovalStep),
        [WizardStep.Questions] = typeof(QuestionsStep),
        [WizardStep.Lifecycle] = typeof(LifecycleStep),
        [WizardStep.AccessReview] = typeof(AccessReviewStep),
        [WizardStep.Review] = typeof(ReviewStep),
    };

    private PolicyDraft? _draft;
    private PolicyDraft? _original;
    private IReadOnlyList<PolicyDraft> _packagePolicies = [];
    private string? _json;
    private int _shown;

    [Inject]
    private IPolicyGateway Gateway { get; set; } = default!;

    [Parameter]
    public string PolicyId { get; set; } = default!;

    /// <summary>What the wizard holds when it shows the same steps: the policy, its original, the package's policies
    /// and the Review's JSON, all read before the first click.</summary>
    protected override async Task OnInitializedAsync()
    {
        _original = await Gateway.GetAsync(PolicyId, CancellationToken.None);
        _draft = _original.Clone();
        _packagePolicies = await Gateway.ListAsync(_draft.AccessPackage.Id!, CancellationToken.None);
        _json = Gateway.Prepare(_draft).Json;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "button");
        builder.AddAttribute(2, "data-testid", Identifier);
        builder.AddAttribute(3, "onclick", EventCallback.Factory.Create(this, () => _shown = _shown % (WizardStep.All.Count - 1) + 1));
        builder.AddContent(4, "Show the next step bare");
        builder.CloseElement();
        if (_draft is null || _shown == 0)
        {
            return;
        }
        var step = WizardStep.All[_shown];
        builder.OpenElement(5, "div");
        builder.AddAttribute(6, "data-bare-step", step.Name);
        builder.SetKey(step); // a new component instance per step, as the wizard's step change makes
        builder.OpenComponent(7, Components[step]);
        builder.AddComponentParameter(8, nameof(WizardStepBase.Draft), _draft);
        builder.AddComponentParameter(9, nameof(WizardStepBase.Issues), PolicyValidationReport.Valid);
        if (step == WizardStep.Review)
        {
            builder.AddComponentParameter(10, nameof(ReviewStep.Json), _json);
            builder.AddComponentParameter(11, nameof(ReviewStep.PackagePolicies), _packagePolicies);
            builder.AddComponentParameter(12, nameof(ReviewStep.Original), _original);
        }
        builder.CloseComponent();
        builder.CloseElement();
    }
}
