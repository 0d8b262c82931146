using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Summary;
using PolicyPortal.Graph.Baselines;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Web.Baselines;
using PolicyPortal.Web.Data.Bulk;
using PolicyPortal.Web.Components.Shared;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Components.Pages.Baselines;

/// <summary>"Compare a baseline with the tenant": open a file, see how its ids were matched (and change a match), see the
/// drift per policy, and apply it. Glue over <see cref="BaselineReader"/>, <see cref="BaselineMatcher"/> and
/// <see cref="BaselineComparer"/>; applying is <see cref="Bulk.BulkApply"/>.</summary>
public sealed partial class BaselinePage : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private BaselineReading? _reading;
    private string _fileName = string.Empty;
    private List<IdMatch> _matches = [];
    private IReadOnlyList<DriftItem>? _drift;

    /// <summary>What applying would send, kept with the drift it comes from (one list per comparison, not per render).</summary>
    private IReadOnlyList<BulkPlanItem>? _plan;
    private IdMatch? _editing;
    private bool _deleteOnlyLive;
    private BulkRunRecord? _run;
    private PageCalls _calls = default!;

    [Inject] private BaselineMatcher Matcher { get; set; } = default!;
    [Inject] private BaselineComparer Comparer { get; set; } = default!;
    [Inject] private GraphCallGuard Guard { get; set; } = default!;

    private string Description => $"Apply the baseline {_fileName}";

    private string ReadSummary => _reading!.HasErrors
        ? "Not compared: the file has the errors below. Fix them and open it again (a policy that cannot be read is never taken for one the baseline lacks)."
        : $"{SummaryWords.Count(_reading.Policies.Count, "policy", "policies")}{(_reading.Scope is { } scope ? $" of {scope}" : "")}"
            + (_reading.Problems.Count > 0 ? ", read with these corrections:" : ".");

    private string MatchSummary
    {
        get
        {
            var unmatched = _matches.Count(m => !m.IsResolved);
            var byName = _matches.Count(m => m.By == MatchedBy.Name);
            return $"{SummaryWords.Count(_matches.Count, "id")}: {_matches.Count(m => m.By == MatchedBy.SameId)} the same here, {byName} matched by name, "
                + $"{_matches.Count(m => m.By == MatchedBy.Admin)} chosen by you, {unmatched} not matched"
                + (unmatched > 0 ? " (the policies that hold them are refused until you choose)." : ".");
        }
    }

    private string DriftSummary =>
        $"{Count(DriftState.InSync)} in sync, {Count(DriftState.Changed)} changed in the tenant, {Count(DriftState.MissingLive)} missing from the tenant, "
        + $"{Count(DriftState.OnlyLive)} only in the tenant. Nothing has been sent.";

    private string Consequence
    {
        get
        {
            var sent = _plan?.Where(i => i.WouldBeSent).ToList() ?? [];
            return $"{sent.Count(i => i.IsCreate)} created, {sent.Count(i => !i.IsCreate && !i.IsDelete)} replaced (a full PUT of each) "
                + $"and {sent.Count(i => i.IsDelete)} deleted in Microsoft Graph";
        }
    }

    private int Count(DriftState state) => _drift!.Count(d => d.State == state);

    private static string StateLabel(DriftState state) => state switch
    {
        DriftState.Changed => "Changed in the tenant: ",
        DriftState.MissingLive => "Missing from the tenant: ",
        DriftState.OnlyLive => "Only in the tenant: ",
        _ => string.Empty,
    };

    protected override void OnInitialized() => _calls = new PageCalls(Guard);

    private async Task OpenAsync(InputFileChangeEventArgs change)
    {
        (_matches, _drift, _plan, _editing, _calls.Error, _fileName) = ([], null, null, null, null, change.File.Name);
        _reading = await ReadAsync(change.File);
        if (!_reading.HasErrors)
        {
            await RunAsync(async ct =>
            {
                _matches = [.. await Matcher.MatchAsync(_reading, ct)];
                await CompareAsync(ct);
            });
        }
    }

    /// <summary>Reads the file from the browser in chunks, refusing what is too big or not UTF-8 before parsing.</summary>
    private static async Task<BaselineReading> ReadAsync(IBrowserFile file)
    {
        if (file.Size > BaselineReader.MaxLength)
        {
            return Refused($"The file is {file.Size / (1024.0 * 1024):0.0} MB; a baseline may be {BaselineReader.MaxLength / (1024 * 1024)} MB, so it was not read.",
                "Export fewer packages into one baseline.");
        }
        try
        {
            await using var stream = file.OpenReadStream(BaselineReader.MaxLength);
            using var reader = new StreamReader(stream, StrictUtf8);
            return BaselineReader.Read(await reader.ReadToEndAsync());
        }
        catch (DecoderFallbackException)
        {
            return Refused("The file is not UTF-8 text, so it was not read.", "Choose the .json file PolicyPortal exported.");
        }
    }

    private static BaselineReading Refused(string message, string fix) =>
        new(null, [], [new PolicyJsonProblem("$", message, fix, PolicyJsonProblemSeverity.Error)]);

    private Task ChooseAsync(IdMatch chosen)
    {
        _matches[_matches.IndexOf(_editing!)] = chosen;
        _editing = null;
        return RunAsync(CompareAsync);
    }

    private Task DeleteOnlyLiveAsync(bool delete)
    {
        _deleteOnlyLive = delete;
        return RunAsync(CompareAsync);
    }

    private async Task CompareAsync(CancellationToken cancellationToken)
    {
        _drift = await Comparer.CompareAsync(_reading!, _matches, _deleteOnlyLive, cancellationToken);
        _plan = [.. _drift.Select(d => d.Plan)];
    }

    private Task RunAsync(Func<CancellationToken, Task> call) => _calls.RunAsync(call);

    public void Dispose() => _calls.Dispose();
}
