using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Summary;
using PolicyPortal.Core.Templates;
using PolicyPortal.Web.Baselines;
using PolicyPortal.Web.Components.Shared;
using PolicyPortal.Web.Data.Bulk;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Policies;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Components.Pages.Bulk;

/// <summary>"Change many policies": what to do, in which packages, and the plan. Glue over <see cref="BulkPlanSession"/>.</summary>
public sealed partial class BulkPage : IDisposable
{
    private const string SavedSourceKey = "saved";
    private static readonly IReadOnlyCollection<SubjectKind> UserOrGroup = [SubjectKind.User, SubjectKind.Group];

    private readonly BulkEditForm _edit = new();
    private bool _creating;
    private string? _sourceKey = PolicyTemplates.All[0].Key;
    private PolicyDraft? _savedSource;
    private PolicyFilter _filter = PolicyFilter.WithApproval;
    private string? _search;
    private string? _catalog;
    private IReadOnlyList<BulkPlanItem>? _plan;
    private BulkRunRecord? _run;
    private PageCalls _calls = default!;
    private BulkApply? _apply;
    private IReadOnlyList<BulkRunRecord> _unfinished = [];
    private string _planDescription = string.Empty;

    [Inject] private BulkPlanSession Session { get; set; } = default!;
    [Inject] private IPolicyGateway Gateway { get; set; } = default!;
    [Inject] private GraphCallGuard Guard { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IBulkRunStore Runs { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IDraftStore Drafts { get; set; } = default!;
    [Inject] private BaselineExporter Baselines { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>A saved policy to add to other packages (the package page's "Reuse").</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>The wizard's stored draft to add to other packages (the Review step's link).</summary>
    [SupplyParameterFromQuery(Name = "draft")]
    public Guid? DraftId { get; set; }

    private DateTime Today => Clock.GetUtcNow().UtcDateTime.Date;

    private IEnumerable<string> Catalogs => Session.Found.Select(p => p.CatalogName).OfType<string>().Distinct().Order(StringComparer.CurrentCulture);

    private string PlanSummary
    {
        get
        {
            var sent = _plan!.Count(i => i.WouldBeSent);
            var refused = _plan!.Count(i => i.LeftAlone is null && i.Problems.Count > 0);
            var alone = _plan!.Count(i => i.LeftAlone is not null);
            var verb = _creating ? "created" : "changed";
            return $"{SummaryWords.Count(sent, "policy", "policies")} would be {verb}, {refused} refused, {alone} left as they are. Nothing has been sent.";
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _calls = new PageCalls(Guard);
        await RunAsync(async ct =>
        {
            if (!string.IsNullOrEmpty(From))
            {
                _savedSource = await Gateway.GetAsync(From, ct);
            }
            else if (DraftId is { } draftId && await Drafts.GetAsync((await CurrentUser.FromAsync(Authentication)).Id, draftId, ct) is { } record)
            {
                _savedSource = DraftPayload.TryDeserialize(record.PayloadJson);
            }
            if (_savedSource is not null)
            {
                (_creating, _sourceKey) = (true, SavedSourceKey);
            }
            await Session.FindAsync(null, ct);
        });
        _unfinished = await Runs.UnfinishedAsync((await CurrentUser.FromAsync(Authentication)).Id, _calls.Token);
    }

    private Task FindAsync(string? text)
    {
        _search = text;
        return RunAsync(ct => Session.FindAsync(text, ct));
    }

    /// <summary>The chosen packages' policies as one baseline file (a whole catalog, once chosen), downloaded by the browser.</summary>
    private Task ExportAsync() => RunAsync(async ct =>
    {
        var what = SummaryWords.Count(Session.Chosen.Count, "access package");
        var json = await Baselines.ExportAsync(what, [.. Session.Chosen.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)], ct);
        await JS.InvokeVoidAsync("policyPortal.download", DownloadName.Json($"baseline {what}", "baseline"), json, "application/json");
    });

    private Task ChooseCatalogAsync() => RunAsync(ct => Session.ChooseCatalogAsync(_catalog!, ct));

    private async Task PlanAsync()
    {
        _plan = null;
        if (_creating)
        {
            var source = _sourceKey == SavedSourceKey ? _savedSource : PolicyTemplates.Find(_sourceKey ?? "")?.Create();
            _planDescription = $"Add “{source!.DisplayName}” to {SummaryWords.Count(Session.Chosen.Count, "package")}";
            await RunAsync(async ct => _plan = await Session.PlanCreateAsync(source, ct));
        }
        else if (_edit.Build() is { } edit)
        {
            _planDescription = $"{edit.Describe()} ({PolicyFilters.Title(_filter).ToLowerInvariant()} of {SummaryWords.Count(Session.Chosen.Count, "package")})";
            await RunAsync(async ct => _plan = await Session.PlanChangeAsync(_filter, edit, ct));
        }
    }

    private string Consequence =>
        $"{SummaryWords.Count(_plan?.Count(i => i.WouldBeSent) ?? 0, "policy", "policies")} will be {(_creating ? "created" : "replaced (a full PUT of each)")} in Microsoft Graph";

    /// <summary>Resumes a run that stopped before it finished.</summary>
    private Task ResumeAsync(Guid runId)
    {
        _unfinished = [.. _unfinished.Where(r => r.Id != runId)];
        return _apply!.ResumeAsync(runId);
    }

    private Task RunAsync(Func<CancellationToken, Task> call) => _calls.RunAsync(call);

    public void Dispose() => _calls.Dispose();
}
