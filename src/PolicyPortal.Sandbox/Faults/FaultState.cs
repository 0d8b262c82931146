namespace PolicyPortal.Sandbox.Faults;

/// <summary>What <c>GET /_faults</c> shows, and what <c>POST /_faults</c> accepts (every member optional).</summary>
internal sealed record FaultState(int? LatencyMs, IReadOnlyList<FaultRule>? Rules);

/// <summary>The body of <c>POST /_faults</c>: a rule (when <see cref="Status"/> is set) and/or a latency.</summary>
internal sealed record FaultCommand(string? Path, string? Method, int? Status, int? RetryAfterSeconds, int? Count, int? LatencyMs, bool? AfterHandling = null);
