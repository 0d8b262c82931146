namespace PolicyPortal.Core.Policies;

/// <summary>Review frequencies the Entra portal offers.</summary>
public enum ReviewFrequency
{
    Weekly,
    Monthly,
    Quarterly,
    BiAnnually,
    Annually,
}

/// <summary>Graph <c>recurrencePatternType</c>; access reviews accept only <see cref="Weekly"/> and <see cref="AbsoluteMonthly"/>.</summary>
public enum ReviewRecurrenceType
{
    Daily,
    Weekly,
    AbsoluteMonthly,
    RelativeMonthly,
    AbsoluteYearly,
    RelativeYearly,
}

/// <summary>Who reviews assignments.</summary>
public enum ReviewerType
{
    /// <summary>Assigned users review their own access (<c>isSelfReview</c>).</summary>
    Self,

    /// <summary>The users and groups in <see cref="ReviewSettingsDraft.PrimaryReviewers"/>.</summary>
    Specific,

    /// <summary>The assigned user's manager, with <see cref="ReviewSettingsDraft.FallbackReviewers"/> when there is none.</summary>
    Manager,
}

/// <summary>What happens when reviewers don't respond (Graph <c>accessReviewExpirationBehavior</c>).</summary>
public enum ReviewExpirationBehavior
{
    KeepAccess,
    RemoveAccess,
    AcceptAccessRecommendation,
}

/// <summary>Recurring access reviews of the assignments (Graph <c>reviewSettings</c>); sent only when enabled.</summary>
public sealed class ReviewSettingsDraft
{
    public bool IsEnabled { get; set; }

    /// <summary>When the first review starts; sent in UTC.</summary>
    public DateTimeOffset? StartDateTime { get; set; }

    public ReviewRecurrenceType RecurrenceType { get; set; } = ReviewRecurrenceType.AbsoluteMonthly;

    public int RecurrenceInterval { get; set; } = 3;

    /// <summary>
    /// The portal's frequency over <see cref="RecurrenceType"/>/<see cref="RecurrenceInterval"/>: Weekly = weekly/1,
    /// Monthly/Quarterly/Bi-annually/Annually = absoluteMonthly 1/3/6/12; <c>null</c> for any other combination.
    /// </summary>
    public ReviewFrequency? Frequency
    {
        get => (RecurrenceType, RecurrenceInterval) switch
        {
            (ReviewRecurrenceType.Weekly, 1) => ReviewFrequency.Weekly,
            (ReviewRecurrenceType.AbsoluteMonthly, 1) => ReviewFrequency.Monthly,
            (ReviewRecurrenceType.AbsoluteMonthly, 3) => ReviewFrequency.Quarterly,
            (ReviewRecurrenceType.AbsoluteMonthly, 6) => ReviewFrequency.BiAnnually,
            (ReviewRecurrenceType.AbsoluteMonthly, 12) => ReviewFrequency.Annually,
            _ => null,
        };
        set
        {
            if (value is { } frequency)
            {
                (RecurrenceType, RecurrenceInterval) = frequency switch
                {
                    ReviewFrequency.Weekly => (ReviewRecurrenceType.Weekly, 1),
                    ReviewFrequency.Monthly => (ReviewRecurrenceType.AbsoluteMonthly, 1),
                    ReviewFrequency.Quarterly => (ReviewRecurrenceType.AbsoluteMonthly, 3),
                    ReviewFrequency.BiAnnually => (ReviewRecurrenceType.AbsoluteMonthly, 6),
                    _ => (ReviewRecurrenceType.AbsoluteMonthly, 12),
                };
            }
        }
    }

    /// <summary>How many days each review stays open.</summary>
    public int DurationInDays { get; set; } = 14;

    public ReviewerType ReviewerType { get; set; } = ReviewerType.Specific;

    /// <summary>
    /// Reviewers when <see cref="ReviewerType"/> is <see cref="ReviewerType.Specific"/>. With <see cref="ReviewerType.Manager"/>
    /// it may hold the <see cref="SubjectKind.RequestorManager"/> entry to choose the manager level (level 1 when absent).
    /// </summary>
    public List<Subject> PrimaryReviewers { get; set; } = [];

    /// <summary>Reviewers when the manager can't be found (<see cref="ReviewerType.Manager"/>).</summary>
    public List<Subject> FallbackReviewers { get; set; } = [];

    public ReviewExpirationBehavior ExpirationBehavior { get; set; } = ReviewExpirationBehavior.KeepAccess;

    public bool IsRecommendationEnabled { get; set; } = true;

    public bool IsReviewerJustificationRequired { get; set; } = true;
}
