using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Web.Components;

namespace PolicyPortal.Bench;

/// <summary>Next -> the next step rendered, for every step of a three-stage policy opened for editing, against the same
/// step rendered bare in the same page and circuit (<see cref="BareStep"/>), alternating. Both are timed inside the
/// page, from the click to the DOM change that shows the step (a MutationObserver), so Playwright's own round trips are
/// in neither figure.</summary>
public static class StepChangeBenchmark
{
    /// <summary>In the page: clicks <c>button</c>, resolves with the milliseconds until <c>step</c> shows with its
    /// content: in the wizard (its state names the step) or, when <c>bare</c>, in <see cref="BareStep"/>'s container.</summary>
    private const string ClickUntilRendered = """
        async ({ button, step, bare }) => {
          const state = document.querySelector('[data-testid="wizard-state"]');
          const content = () => bare ? document.querySelector(`[data-bare-step="${step}"]`) : document.getElementById('step-' + step);
          const done = () => (bare || state.getAttribute('data-current-step') === step) && (content()?.childElementCount ?? 0) > 0;
          return await new Promise((resolve, reject) => {
            let start = 0;
            const observer = new MutationObserver(() => {
              if (done()) { observer.disconnect(); resolve(performance.now() - start); }
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            setTimeout(() => { observer.disconnect(); reject(new Error(`${step} not rendered within 10 s`)); }, 10000);
            start = performance.now();
            document.querySelector(button).click();
          });
        }
        """;

    private const string AddBareStep = """
        async ({ identifier, policyId }) => {
          const host = document.createElement('div');
          document.body.appendChild(host);
          await Blazor.rootComponents.add(host, identifier, { policyId });
        }
        """;

    public static async Task<StepChangeResult> RunAsync(int rounds, CancellationToken cancellationToken, TimeSpan? settle = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var pause = settle ?? TimeSpan.FromMilliseconds(100);
        await using var host = new BenchHost(services: services => services.Configure<CircuitOptions>(options =>
            options.RootComponents.RegisterForJavaScript<BareStep>(BareStep.Identifier)));
        var policyId = await CircuitMemoryBenchmark.SaveThreeStageAsync(host, "Three-stage partners (step benchmark)", cancellationToken);

        await using var browser = await BenchBrowser.StartAsync();
        await using var context = await browser.NewContextAsync(host.Server.BaseAddress);
        var page = await context.NewPageAsync();
        var transitions = WizardStep.All.Skip(1).ToList();
        var steps = transitions.Select(_ => new List<double>()).ToArray();
        var bare = transitions.Select(_ => new List<double>()).ToArray();
        // Round 0 warms up (JIT, every step's component types) and is not counted.
        for (var round = 0; round <= rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await page.OpenWizardAsync(PageRoutes.EditPolicy(policyId));
            await page.EvaluateAsync(AddBareStep, new { identifier = BareStep.Identifier, policyId });
            await page.GetByTestId(BareStep.Identifier).WaitForAsync();
            await Task.Delay(pause, cancellationToken);
            for (var i = 0; i < transitions.Count; i++)
            {
                // Which of the pair goes first alternates, so neither always follows the other's save.
                foreach (var wizard in (round + i) % 2 == 0 ? [true, false] : new[] { false, true })
                {
                    var button = wizard ? "[data-testid='wizard-next']" : $"[data-testid='{BareStep.Identifier}']";
                    var saves = await page.GetByTestId("wizard-state").GetAttributeAsync("data-save-count");
                    var ms = await page.EvaluateAsync<double>(ClickUntilRendered, new { button, step = transitions[i].Name, bare = !wizard });
                    if (round > 0)
                    {
                        (wizard ? steps[i] : bare[i]).Add(ms);
                    }
                    if (wizard)
                    {
                        // The wizard stores the draft (the step it is at) right after the step renders: its save is on
                        // screen before the next click, and anything late has the pause after it.
                        await page.WaitForFunctionAsync("saves => document.querySelector('[data-testid=\"wizard-state\"]').getAttribute('data-save-count') !== saves", saves);
                    }
                    await Task.Delay(pause, cancellationToken);
                }
            }
        }
        return new StepChangeResult(rounds, transitions.Select((step, i) => new StepChangeRow(step.Title, steps[i], bare[i])).ToList());
    }
}

/// <param name="Step">The step Next arrives at.</param>
public sealed record StepChangeRow(string Step, IReadOnlyList<double> StepMs, IReadOnlyList<double> BareMs);

public sealed record StepChangeResult(int Rounds, IReadOnlyList<StepChangeRow> Rows)
{
    public IReadOnlyList<double> AllStepMs => [.. Rows.SelectMany(r => r.StepMs)];

    public IReadOnlyList<double> AllBareMs => [.. Rows.SelectMany(r => r.BareMs)];
}
