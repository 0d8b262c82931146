namespace PolicyPortal.Core.Ports;

/// <summary>A Graph call failed in a way the admin can act on. Subclasses say how; the message is for people.</summary>
public abstract class GatewayException : Exception
{
    protected GatewayException(string message, string? requestId, Exception? inner)
        : base(message, inner) => RequestId = requestId;

    /// <summary>Graph's request-id, for the audit log and for support.</summary>
    public string? RequestId { get; }

    /// <summary>Graph's final HTTP status; empty when no answer came.</summary>
    public int? HttpStatus { get; init; }
}

/// <summary>The object does not exist (any more).</summary>
public sealed class GatewayNotFoundException(string message, string? requestId = null, Exception? inner = null)
    : GatewayException(message, requestId, inner);

/// <summary>The signed-in admin lacks a permission or role.</summary>
public sealed class GatewayAccessDeniedException(string message, string? requestId = null, Exception? inner = null)
    : GatewayException(message, requestId, inner);

/// <summary>Graph kept throttling or was unavailable after the SDK's own retries, or never answered.</summary>
public sealed class GatewayUnavailableException(string message, TimeSpan? retryAfter, string? requestId = null, Exception? inner = null, bool outcomeUnknown = false)
    : GatewayException(message, requestId, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>No answer came (timeout, dropped connection): a write may or may not have happened.</summary>
    public bool OutcomeUnknown { get; } = outcomeUnknown;
}

/// <summary>Graph refused the policy; <see cref="Field"/> is the draft property path the fix belongs to, when known.</summary>
public sealed class GatewayInvalidPolicyException(string message, string? field, string code, string? requestId = null, Exception? inner = null)
    : GatewayException(message, requestId, inner)
{
    public string? Field { get; } = field;

    /// <summary>Graph's error code, kept for the audit log; never shown raw.</summary>
    public string Code { get; } = code;
}
