using System.Globalization;
using Microsoft.Extensions.Options;
using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Faults;

/// <summary>Latency and failures, switched by configuration, by <c>/_faults</c> or per request by header.
/// Shared by every circuit, so all state sits behind one lock.</summary>
internal sealed class FaultInjector
{
    public const string LatencyHeader = "X-Sandbox-Latency-Ms";
    public const string FaultHeader = "X-Sandbox-Fault";
    public const string RetryAfterHeader = "X-Sandbox-Retry-After";

    private readonly Lock _gate = new();
    private readonly IOptions<SandboxOptions> _options;
    private readonly List<FaultRule> _rules = [];
    private int _latencyMs;

    public FaultInjector(IOptions<SandboxOptions> options)
    {
        _options = options;
        Reset();
    }

    /// <summary>Back to the configured faults and latency.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _rules.Clear();
            _rules.AddRange(_options.Value.Faults.Select(f => new FaultRule(f.Path, f.Method, f.Status, f.RetryAfterSeconds, f.Count, f.AfterHandling)));
            _latencyMs = _options.Value.LatencyMs;
        }
    }

    public FaultState Apply(FaultCommand command)
    {
        if (command.Status is { } status and (< 400 or > 599))
        {
            throw GraphException.BadRequest(GraphErrorCodes.BadRequest, "status must be between 400 and 599.");
        }
        if (command.LatencyMs is < 0 or > 60_000 || command.Count is < 1 || command.RetryAfterSeconds is < 0)
        {
            throw GraphException.BadRequest(GraphErrorCodes.BadRequest, "latencyMs must be 0–60000, count at least 1, retryAfterSeconds not negative.");
        }
        lock (_gate)
        {
            if (command.Status is { } s)
            {
                _rules.Add(new FaultRule(command.Path, command.Method, s, command.RetryAfterSeconds, command.Count, command.AfterHandling ?? false));
            }
            if (command.LatencyMs is { } latency)
            {
                _latencyMs = latency;
            }
            return StateLocked();
        }
    }

    public FaultState State()
    {
        lock (_gate)
        {
            return StateLocked();
        }
    }

    /// <summary>The delay before answering: the request's own header, else the tenant-wide latency. A request inside a
    /// <c>$batch</c> takes only its own header's: the batch is one round trip, charged once on the way in.</summary>
    public TimeSpan LatencyFor(SandboxRequest request, bool insideBatch)
    {
        if (int.TryParse(request.Header(LatencyHeader), CultureInfo.InvariantCulture, out var perRequest) && perRequest is >= 0 and <= 60_000)
        {
            return TimeSpan.FromMilliseconds(perRequest);
        }
        if (insideBatch)
        {
            return TimeSpan.Zero;
        }
        lock (_gate)
        {
            return TimeSpan.FromMilliseconds(_latencyMs);
        }
    }

    /// <summary>The fault this request must get, if any; a counted rule is used up by the request that takes it.</summary>
    public FaultRule? TryTake(SandboxRequest request)
    {
        if (int.TryParse(request.Header(FaultHeader), CultureInfo.InvariantCulture, out var status) && status is >= 400 and <= 599)
        {
            int? retryAfter = int.TryParse(request.Header(RetryAfterHeader), CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
            return new FaultRule(null, null, status, retryAfter ?? (status == 429 ? 1 : null), 1);
        }
        lock (_gate)
        {
            var index = _rules.FindIndex(r => r.Matches(request.Method, request.Path));
            if (index < 0)
            {
                return null;
            }
            var rule = _rules[index];
            if (rule.Remaining is { } remaining)
            {
                if (remaining <= 1)
                {
                    _rules.RemoveAt(index);
                }
                else
                {
                    _rules[index] = rule with { Remaining = remaining - 1 };
                }
            }
            return rule;
        }
    }

    private FaultState StateLocked() => new(_latencyMs, [.. _rules]);
}
