using Microsoft.AspNetCore.Components;
using PolicyPortal.Core.Lint;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Requestors;
using PolicyPortal.Core.Summary;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Components.Shared;

/// <summary>"Try as a requestor": one person, the package's policies, and what the directory says would happen.
/// Reads go through the circuit's <see cref="CachedRequestorDirectory"/>; the policies are resolved again whenever they
/// change (the wizard's draft), from the same reading when it still answers every question they ask.</summary>
public sealed partial class RequestorTrial : IDisposable
{
    private static readonly IReadOnlyCollection<SubjectKind> UserKind = [SubjectKind.User];

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<DirectoryEntry> _requestor = [];
    private RequestorResolution? _resolution;
    private IReadOnlyList<DirectoryRequest> _requests = [];
    private DateTimeOffset _readAt;
    private string? _error;
    private bool _reading;
    private IReadOnlyList<PolicyDraft>? _resolvedFor;

    /// <summary>The package lint's competing-policy findings among the policies this person may choose from.</summary>
    private IReadOnlyList<LintFinding> _competing = [];

    [Inject] private CachedRequestorDirectory Directory { get; set; } = default!;
    [Inject] private GraphCallGuard Guard { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>The package's policies as a requestor would meet them (in the wizard: with the draft in place).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<PolicyDraft> Policies { get; set; } = [];


    private string HowText
    {
        get
        {
            // A round's requests go 20 to a $batch (BatchRequestContentCollection splits larger rounds).
            var trips = _requests.GroupBy(r => r.RoundTrip).Sum(round => (round.Count() + IPolicyBatchWriter.MaxPerBatch - 1) / IPolicyBatchWriter.MaxPerBatch);
            var age = Clock.GetUtcNow() - _readAt;
            var cached = age > TimeSpan.FromSeconds(1) ? $", from this session's cache ({SummaryWords.Ago(_readAt, Clock.GetUtcNow())})" : "";
            return $"How this was worked out: {SummaryWords.Count(_requests.Count, "Graph request")} in {SummaryWords.Count(trips, "$batch round trip")}{cached}";
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (!ReferenceEquals(Policies, _resolvedFor) && _requestor is [var person])
        {
            await ResolveAsync(person);
        }
    }

    private async Task PickAsync(IReadOnlyList<DirectoryEntry> picked)
    {
        _requestor = picked;
        _resolution = null;
        _error = null;
        if (picked is [var person])
        {
            await ResolveAsync(person);
        }
    }

    private async Task ResolveAsync(DirectoryEntry person)
    {
        _resolvedFor = Policies;
        _reading = true;
        try
        {
            var policies = Policies;
            var read = await Guard.RunAsync(ct => Directory.ReadAsync(person.Id, RequestorNeeds.For(policies), ct), _disposed.Token);
            if (read.ChallengeStarted)
            {
                return;
            }
            (var reading, _readAt) = read.Value;
            _requests = reading.Requests;
            _resolution = RequestorResolver.Resolve(policies, reading.Facts, Clock.GetUtcNow());
            _competing = _resolution.Applicable.Count > 1
                ? [.. PolicyLint.Check([.. _resolution.Applicable.Select(v => v.Policy)]).Where(f => f.RuleId == LintRules.ShadowedPopulation)]
                : [];
            _error = null;
        }
        catch (GatewayException error)
        {
            _error = error.Message;
        }
        finally
        {
            _reading = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
