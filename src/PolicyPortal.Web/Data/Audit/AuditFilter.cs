namespace PolicyPortal.Web.Data.Audit;

/// <summary>Which audit entries to show or export; every criterion left empty matches everything.</summary>
public sealed record AuditFilter
{
    public static readonly AuditFilter All = new();

    /// <summary>This filter limited to whole UTC days, as an admin picks them: from the start of
    /// <paramref name="first"/> to the end of <paramref name="last"/>, both included.</summary>
    public AuditFilter OnDays(DateOnly? first, DateOnly? last) => this with
    {
        From = first is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        To = last is { } end ? new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
    };

    /// <summary>Inclusive lower bound on <see cref="AuditEntry.At"/>.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive upper bound on <see cref="AuditEntry.At"/>.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>The user's id exactly, or part of their display name (case-insensitive).</summary>
    public string? Who { get; init; }

    public AuditAction? Action { get; init; }

    public string? AccessPackageId { get; init; }

    public AuditOutcome? Outcome { get; init; }

    /// <summary>Part of the policy name or id, package id, request-id or error (case-insensitive).</summary>
    public string? Text { get; init; }
}
