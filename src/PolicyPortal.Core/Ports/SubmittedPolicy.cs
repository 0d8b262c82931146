namespace PolicyPortal.Core.Ports;

/// <summary>What Graph answered to a submit: the policy's id and Graph's request id (for the audit log).</summary>
public sealed record SubmittedPolicy(string PolicyId, string? RequestId);
