using System.Globalization;
using System.Text;
using PolicyPortal.Sandbox;

namespace PolicyPortal.Bench;

/// <summary>Each harness's result as the Markdown that docs/benchmarks.md quotes.</summary>
public static class Report
{
    private static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Picker(PickerResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### Picker ({(r.Scale == SandboxScale.Large ? "large tenant: 100,000 more users, " : "")}injected latency L = {r.LatencyMs} ms, debounce {r.DebounceMs} ms, keys every 60 ms)");
        text.AppendLine("| query | last key -> first suggestion (ms) | of which last key -> $batch at the sandbox (ms) | baseline: debounce + direct search (ms) | $batch requests |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var s in r.Fresh)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{s.Text}` | {F(s.Milliseconds)} | {F(s.SentMs)} | {F(s.BaselineMilliseconds)} | {s.Batches} |");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"| `{r.Repeat.Text}` again (cached) | {F(r.Repeat.Milliseconds)} | – | {F(r.Repeat.BaselineMilliseconds)} (debounce) | {r.Repeat.Batches} |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"median {F(r.MedianMs)} ms vs baseline {F(r.BaselineMedianMs)} ms: ratio {F(r.Ratio, "F2")}x; p90 {F(r.P90Ms)} ms, target <= {F(r.TargetMs, "F0")} ms (debounce + L + 15); max {F(r.Fresh.Max(s => s.Milliseconds))} ms; " +
            $"the search reached the sandbox at a median {F(r.SentMedianMs)} ms ({F(r.SentMedianMs - r.DebounceMs)} ms after the debounce); $batch per fresh query: {string.Join(",", r.Fresh.Select(s => s.Batches).Distinct())}; repeated query: {r.Repeat.Batches}");
        if (r.Refines.Count == 0)
        {
            return text.ToString();
        }
        text.AppendLine();
        text.AppendLine("#### Refining: the shorter query's suggestions shown, then one more key (fresh circuit)");
        text.AppendLine("| refine | last key -> narrowed list (ms) | last key -> real answer (ms) | baseline: debounce + direct search (ms) | entries narrowed / real | $batch requests |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var s in r.Refines)
        {
            var answer = double.IsNaN(s.AnswerMs) ? "= narrowed (already the answer)" : F(s.AnswerMs);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{s.Prefix}` -> `{s.Text}` | {F(s.ProvisionalMs)} | {answer} | {F(s.BaselineMs)} | {s.ProvisionalCount} / {s.RealCount} | {s.Batches} |");
        }
        var differing = r.Refines.Where(s => !double.IsNaN(s.AnswerMs)).ToList();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"median over {r.Refines.Count}: narrowed list {F(r.ProvisionalMedianMs)} ms (ratio to baseline {F(r.ProvisionalMedianMs / r.RefineBaselineMedianMs, "F2")}x, max {F(r.Refines.Max(s => s.ProvisionalMs))} ms) vs baseline {F(r.RefineBaselineMedianMs)} ms; " +
            $"real answer, over the {differing.Count} where it differs: {F(r.AnswerMedianMs)} ms (ratio {F(r.AnswerMedianMs / r.RefineBaselineMedianMs, "F2")}x, target <= {F(r.TargetMs, "F0")} ms), narrowed list first in {differing.Count(s => s.ProvisionalMs < s.AnswerMs)} of {differing.Count}; " +
            $"$batch per refine: {string.Join(",", r.Refines.Select(s => s.Batches).Distinct())}");
        if (r.SkippedRefines.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"candidates skipped, the narrowed list would show no change: {string.Join("; ", r.SkippedRefines)}");
        }
        return text.ToString();
    }

    public static string Cadence(CadenceResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### Typing cadence (debounce {r.DebounceMs} ms, no injected latency, {r.Rows[0].Batches.Count} queries per cadence, each cadence in a fresh circuit)");
        text.AppendLine("| pause between keys (ms) | real interval, median / p90 (ms) | keys per second | queries with exactly one $batch | $batch per query |");
        text.AppendLine("|---:|---:|---:|---:|---|");
        foreach (var row in r.Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.DelayMs} | {F(row.GapMedianMs)} / {F(row.GapP90Ms)} | {F(row.KeysPerSecond)} | {row.SingleRequestQueries} of {row.Batches.Count} | {string.Join(",", row.Batches)} |");
        }
        return text.ToString();
    }

    public static string LargeTenant(LargeTenantResult r) => string.Create(CultureInfo.InvariantCulture, $"""
        ### Large tenant ({r.Pairs} alternating pairs: 5,006 packages and 100,000 more users vs the 6-package seed)
        | measure | 6 packages, median ms | 5,006 packages, median ms | ratio |
        |---|---:|---:|---:|
        | Home: navigation to the first package row | {F(Stats.Median(r.HomeStandardMs))} | {F(Stats.Median(r.HomeLargeMs))} | {F(r.HomeRatio, "F2")}x |
        | wizard package field: typing to its match | {F(Stats.Median(r.SearchStandardMs))} | {F(Stats.Median(r.SearchLargeMs))} | {F(r.SearchRatio, "F2")}x |
        target <= 1.2x each
        """);

    public static string Wizard(WizardLoadResult r) => string.Create(CultureInfo.InvariantCulture, $"""
        ### Wizard load ({r.Pairs} alternating pairs, fresh context each)
        | page | median ms | p90 ms |
        |---|---:|---:|
        | wizard `{WizardLoadBenchmark.WizardUrl}` (interactive + Basics visible) | {F(r.WizardMedianMs)} | {F(Stats.Percentile(r.WizardMs, 0.9))} |
        | baseline `{WizardLoadBenchmark.BlankUrl}` (interactive) | {F(r.BlankMedianMs)} | {F(Stats.Percentile(r.BlankMs, 0.9))} |
        ratio of medians {F(r.Ratio, "F2")}x; median of per-pair ratios {F(r.PairedRatio, "F2")}x (target <= 1.3x)
        """);

    public static string StepChange(StepChangeResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### Wizard step changes ({r.Rounds} rounds through a three-stage policy, Next against the same step rendered bare in the same circuit, alternating)");
        text.AppendLine("| Next arrives at | p50 ms | p95 ms | the step bare, p50 ms | p95 ms |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var row in r.Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Step} | {F(Stats.Median(row.StepMs))} | {F(Stats.Percentile(row.StepMs, 0.95))} | {F(Stats.Median(row.BareMs))} | {F(Stats.Percentile(row.BareMs, 0.95))} |");
        }
        double step50 = Stats.Median(r.AllStepMs), step95 = Stats.Percentile(r.AllStepMs, 0.95), bare50 = Stats.Median(r.AllBareMs), bare95 = Stats.Percentile(r.AllBareMs, 0.95);
        text.AppendLine(CultureInfo.InvariantCulture, $"| **every step** | {F(step50)} | {F(step95)} | {F(bare50)} | {F(bare95)} |");
        text.Append(CultureInfo.InvariantCulture, $"ratio p50 {F(step50 / bare50, "F2")}x, p95 {F(step95 / bare95, "F2")}x (target <= 1.2x)");
        return text.ToString();
    }

    public static string Memory(CircuitMemoryResult r) => string.Create(CultureInfo.InvariantCulture, $"""
        ### Memory per circuit ({r.Circuits} concurrent circuits per page kind, after the process's first {r.Circuits} of each)
        | circuit | managed heap growth per circuit (KB) |
        |---|---:|
        | wizard editing a three-stage policy | {F(r.WizardBytes / 1024)} |
        | baseline: bare interactive page `/not-found` | {F(r.BlankBytes / 1024)} |
        ratio {F(r.Ratio, "F2")}x (target <= 1.5x and < 450 KB); Playwright's own objects per page, excluded: {F(r.PlaywrightPageBytes / 1024)} KB; {CircuitMemoryBenchmark.ArrayPoolSetting}
        """);

    public static string Assets(StaticAssetsResult r)
    {
        var text = new StringBuilder();
        text.AppendLine("### Static assets of a first visit (Accept-Encoding: br, gzip vs none)");
        text.AppendLine("| asset | uncompressed bytes | bytes on the wire | encoding |");
        text.AppendLine("|---|---:|---:|---|");
        foreach (var a in r.Assets)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{a.Path}` | {a.UncompressedBytes:N0} | {a.WireBytes:N0} | {a.Encoding} |");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"| **total** | {r.UncompressedBytes:N0} | {r.WireBytes:N0} | ratio {F(r.Ratio, "F3")} |");
        return text.ToString();
    }

    public static string Load(LoadResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### Load: {r.Circuits} wizard circuits at once, each stepping Next/Back {r.RoundTrips} times together");
        text.AppendLine("| instances | heap per circuit (KB) | step change p50 (ms) | p95 (ms) | baseline: one circuit open, p50 / p95 (ms) | p95 ratio |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var run in new[] { r.OneInstance, r.TwoInstances })
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Instances} | {F(run.HeapBytesPerCircuit / 1024)} | {F(run.P50)} | {F(run.P95)} | {F(Stats.Median(run.AloneMs))} / {F(run.AloneP95)} | {F(run.P95 / run.AloneP95, "F2")}x |");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"{r.OneInstance.LoadedMs.Count + r.TwoInstances.LoadedMs.Count} step changes under load; both instances of the second row run in this one process, as do Chromium's {r.Circuits} pages on the same 2 cores.");
        foreach (var run in new[] { r.OneInstance, r.TwoInstances })
        {
            var time = run.Harness;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"harness time, {run.Instances} instance(s): setup and baseline {F(time.Setup.TotalSeconds)} s, {r.Circuits} pages created {F(time.CreatePages.TotalSeconds)} s, wizards opened {F(time.OpenWizards.TotalSeconds)} s, stepped {F(time.Step.TotalSeconds)} s");
        }
        return text.ToString();
    }

    public static string Bulk(BulkResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### Bulk apply: N new policies, sandbox latency {r.LatencyMs} ms a round trip");
        text.AppendLine("| items | baseline: one submit after another, round trips / ms | Apply ($batch of 20), round trips / ms | wall-time ratio |");
        text.AppendLine("|---:|---:|---:|---:|");
        foreach (var row in r.Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Items} | {row.SequentialRoundTrips} / {F(row.SequentialMs, "F0")} | {row.BulkRoundTrips} / {F(row.BulkMs, "F0")} | {F(row.BulkMs / row.SequentialMs, "F2")}x |");
        }
        return text.ToString();
    }
}
