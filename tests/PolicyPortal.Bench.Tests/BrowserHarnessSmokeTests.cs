namespace PolicyPortal.Bench.Tests;

/// <summary>The browser harnesses, once each, against the demo portal in headless Chromium.</summary>
public sealed class BrowserHarnessSmokeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Picker_OneQueryAndOneRefine_SendOneBatchEachAndNoneWhenRepeated()
    {
        var result = await PickerBenchmark.RunAsync(samples: 1, latencyMs: 0, PolicyPortal.Sandbox.SandboxScale.Standard, Ct);

        result.Fresh.ShouldHaveSingleItem().Batches.ShouldBe(1);
        result.Fresh[0].Milliseconds.ShouldBeGreaterThan(0);
        result.Fresh[0].SentMs.ShouldBeInRange(0, result.Fresh[0].Milliseconds, "the search reaches the sandbox before its suggestions show");
        result.Repeat.Batches.ShouldBe(0);
        result.Refines.ShouldNotBeEmpty();
        result.Refines.ShouldAllBe(r => r.Batches == 1);
        Report.Picker(result).ShouldContain("ratio");
    }

    [Fact]
    public async Task Cadence_KeysFarApartOrClose_SettleIntoSeveralRequestsOrOne()
    {
        var result = await PickerBenchmark.CadenceAsync([40, 400], queries: 1, Ct);

        result.Rows[0].Batches.ShouldBe([1], "keys well inside the debounce settle once");
        result.Rows[1].Batches.Single().ShouldBeGreaterThan(1, "a pause longer than the debounce settles each prefix of two letters or more");
        result.Rows[1].GapMedianMs.ShouldBeGreaterThan(result.Rows[0].GapMedianMs);
        Report.Cadence(result).ShouldContain("keys per second");
    }

    [Fact]
    public async Task WizardLoad_OnePair_MeasuresBothPages()
    {
        var result = await WizardLoadBenchmark.RunAsync(pairs: 1, Ct);

        result.WizardMs.ShouldHaveSingleItem().ShouldBeGreaterThan(0);
        result.BlankMs.ShouldHaveSingleItem().ShouldBeGreaterThan(0);
        Report.Wizard(result).ShouldContain("ratio");
    }

    [Fact]
    public async Task StepChange_OneRound_TimesEveryStepInTheWizardAndBare()
    {
        var result = await StepChangeBenchmark.RunAsync(rounds: 1, Ct, settle: TimeSpan.FromMilliseconds(50));

        result.Rows.Select(r => r.Step).ShouldBe(PolicyPortal.Core.Wizard.WizardStep.All.Skip(1).Select(s => s.Title));
        result.Rows.ShouldAllBe(r => r.StepMs.Count == 1 && r.StepMs[0] > 0 && r.BareMs.Count == 1 && r.BareMs[0] > 0);
        Report.StepChange(result).ShouldContain("ratio p50");
    }

    [Fact]
    public async Task LargeTenant_OnePair_MeasuresHomeAndTheSearchInBothSeeds()
    {
        var result = await LargeTenantBenchmark.RunAsync(pairs: 1, Ct);

        result.HomeLargeMs.ShouldHaveSingleItem().ShouldBeGreaterThan(0);
        result.SearchStandardMs.ShouldHaveSingleItem().ShouldBeGreaterThan(0);
        Report.LargeTenant(result).ShouldContain("ratio");
    }

    [Fact]
    public async Task Memory_OneCircuitOfEach_ReportsBothKinds()
    {
        // Heap figures from one circuit in a test process are noise: only that the harness completes is checked.
        var result = await CircuitMemoryBenchmark.RunAsync(circuits: 1, Ct, settle: TimeSpan.FromMilliseconds(50));

        result.Circuits.ShouldBe(1);
        double.IsFinite(result.WizardBytes).ShouldBeTrue();
        Report.Memory(result).ShouldContain("ratio");
    }

    [Fact]
    public async Task Load_TwoCircuitsOnOneAndOnTwoInstances_TimesEveryStepChange()
    {
        var result = await LoadBenchmark.RunAsync(circuits: 2, roundTrips: 1, Ct);

        result.OneInstance.LoadedMs.Count.ShouldBe(4, "two circuits, Next and Back each");
        result.TwoInstances.LoadedMs.ShouldAllBe(ms => ms > 0);
        result.TwoInstances.Instances.ShouldBe(2);
        result.OneInstance.Harness.OpenWizards.ShouldBeGreaterThan(TimeSpan.Zero);
        Report.Load(result).ShouldContain("p95 ratio");
        Report.Load(result).ShouldContain("2 pages created");
    }
}
