namespace PolicyPortal.Web.Data.Audit;

/// <summary>One policy change sent to Graph, as the audit log keeps it. Never changed once recorded.</summary>
public sealed record AuditEntry
{
    /// <summary>Assigned by the log.</summary>
    public long Id { get; init; }

    /// <summary>When it was recorded; stamped by the log (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Who: the signed-in user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>Who, as people read it, at the time.</summary>
    public string? UserDisplayName { get; init; }

    public AuditAction Action { get; init; }

    public string? AccessPackageId { get; init; }

    /// <summary>The policy created, updated or deleted; empty when a create failed.</summary>
    public string? PolicyId { get; init; }

    public string? PolicyDisplayName { get; init; }

    /// <summary>The JSON body sent to Graph, as sent.</summary>
    public string? RequestJson { get; init; }

    public AuditOutcome Outcome { get; init; }

    /// <summary>Graph's final HTTP status; empty when no answer came (timeout, network).</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Graph's <c>request-id</c>, what Microsoft support asks for.</summary>
    public string? GraphRequestId { get; init; }

    /// <summary>What went wrong, for people; empty on a plain success, and on a success settled after Graph's answer was
    /// lost, how it was settled.</summary>
    public string? Error { get; init; }

    /// <summary>The draft that was submitted, when there was one.</summary>
    public Guid? DraftId { get; init; }
}
