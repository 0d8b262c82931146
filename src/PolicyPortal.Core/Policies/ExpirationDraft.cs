namespace PolicyPortal.Core.Policies;

/// <summary>How assignments made through the policy end (Graph <c>expirationPattern</c> types).</summary>
public enum ExpirationKind
{
    /// <summary><c>noExpiration</c>: access never expires.</summary>
    NoExpiration,

    /// <summary><c>notSpecified</c>: no schedule given.</summary>
    NotSpecified,

    /// <summary><c>afterDateTime</c>: on <see cref="ExpirationDraft.EndDateTime"/>.</summary>
    OnDate,

    /// <summary><c>afterDuration</c>: <see cref="ExpirationDraft.Duration"/> after the assignment starts.</summary>
    AfterDuration,
}

/// <summary>Assignment expiration. Only the member matching <see cref="Kind"/> is sent.</summary>
public sealed class ExpirationDraft
{
    public ExpirationKind Kind { get; set; } = ExpirationKind.AfterDuration;

    public DateTimeOffset? EndDateTime { get; set; }

    /// <summary>Days or hours (0–3660 days in total).</summary>
    public PolicyDuration Duration { get; set; } = PolicyDuration.Days(365);
}
