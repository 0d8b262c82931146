namespace PolicyPortal.Core.Ports;

/// <summary>What Graph answered to a policy write (create, replace, delete): the policy's id, Graph's request id and
/// the final HTTP status, for the audit log.</summary>
public sealed record PolicyWrite(string PolicyId, string? RequestId, int? HttpStatus);
