using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Validation;
using PolicyPortal.Graph.Policies;
using PolicyPortal.Testing;

namespace PolicyPortal.Bench;

/// <summary>One policy from draft to the sandbox: validate -> map -> serialize -> POST through the real Graph SDK to the
/// sandbox mounted in the demo portal on loopback (in this process); and the same with Graph's answer canned
/// (<see cref="CannedGraphHandler"/>), which is the portal's own cost without the sandbox's. Baseline: serializing an
/// already mapped policy. Validating and mapping alone show where the portal's allocations go. Every iteration starts
/// from emptied packages and submits <see cref="InvocationsPerIteration"/> policies round-robin over the six of them, so
/// each iteration meets the same tenant.</summary>
[MemoryDiagnoser]
public class SubmitPathBenchmarks : IDisposable
{
    public const int InvocationsPerIteration = 48;

    private BenchHost? _host;
    private DemoPortalServer? _canned;
    private AsyncServiceScope _scope;
    private AsyncServiceScope _cannedScope;
    private IPolicyGateway _gateway = default!;
    private IPolicyGateway _cannedGateway = default!;
    private PolicyDraftValidator _validator = default!;
    private PolicyDraft[] _drafts = [];
    private AccessPackageAssignmentPolicy _mapped = default!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _host = new BenchHost();
        _scope = _host.Server.Services.CreateAsyncScope();
        _gateway = _scope.ServiceProvider.GetRequiredService<IPolicyGateway>();
        _validator = _scope.ServiceProvider.GetRequiredService<PolicyDraftValidator>();
        _drafts = [.. BenchDrafts.Packages.Select((p, i) => BenchDrafts.ThreeStage(p, $"Three-stage partners (submit benchmark {i})"))];
        _mapped = PolicyMapper.ToGraph(_drafts[0]);

        var created = JsonNode.Parse(PolicyJson.Serialize(_mapped))!.AsObject();
        created["id"] = "00000000-0000-4000-8000-00000000be0c";
        created["createdDateTime"] = "2026-12-06T00:00:00Z";
        created["modifiedDateTime"] = "2026-12-06T00:00:00Z";
        var body = Encoding.UTF8.GetBytes(created.ToJsonString());
        _canned = new DemoPortalServer(builder => builder
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureServices(services => services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new CannedGraphHandler(body)))));
        _cannedScope = _canned.Services.CreateAsyncScope();
        _cannedGateway = _cannedScope.ServiceProvider.GetRequiredService<IPolicyGateway>();
    }

    [IterationSetup]
    public void MakeRoom()
    {
        _next = 0;
#pragma warning disable VSTHRD002 // BenchmarkDotNet's setup hooks are synchronous.
        SandboxRoom.MakeRoomAsync(_host!, _gateway, latencyMs: 0, CancellationToken.None).GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
    }

    [GlobalCleanup]
    public void Dispose()
    {
        if (_host is null)
        {
            return;
        }
#pragma warning disable VSTHRD002 // BenchmarkDotNet's cleanup hooks are synchronous.
        if (_canned is not null)
        {
            _cannedScope.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _canned.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        _scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
        _host = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "serialize a mapped policy (baseline)")]
    public int Serialize() => PolicyJson.Serialize(_mapped).Length;

    [Benchmark(Description = "validate (its part of the next row)")]
    public bool Validate() => _validator.ValidateDraft(NextDraft()).IsValid;

    [Benchmark(Description = "map to the SDK's model (its part of the next row)")]
    public AccessPackageAssignmentPolicy Map() => PolicyMapper.ToGraph(NextDraft());

    [Benchmark(Description = "validate + map + serialize")]
    public int Prepare()
    {
        var draft = NextDraft();
        return _validator.ValidateDraft(draft).IsValid ? _gateway.Prepare(draft).Json.Length : throw new InvalidOperationException("The draft is invalid.");
    }

    [Benchmark(Description = "validate + map + serialize + POST to the sandbox")]
    public async Task<string> SubmitAsync()
    {
        var draft = NextDraft();
        if (!_validator.ValidateDraft(draft).IsValid)
        {
            throw new InvalidOperationException("The draft is invalid.");
        }
        return (await _gateway.SubmitAsync(_gateway.Prepare(draft), CancellationToken.None)).PolicyId;
    }

    [Benchmark(Description = "validate + map + serialize + POST, Graph's answer canned (the portal alone)")]
    public async Task<string> SubmitCannedAsync()
    {
        var draft = NextDraft();
        if (!_validator.ValidateDraft(draft).IsValid)
        {
            throw new InvalidOperationException("The draft is invalid.");
        }
        return (await _cannedGateway.SubmitAsync(_cannedGateway.Prepare(draft), CancellationToken.None)).PolicyId;
    }

    private PolicyDraft NextDraft() => _drafts[_next++ % _drafts.Length];
}
