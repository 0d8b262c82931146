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

/// <summary>How a review schedule ends (Graph <c>recurrenceRangeType</c>), as the Entra admin center offers it.</summary>
public enum ReviewRangeType
{
    /// <summary><c>noEnd</c>: reviews repeat until the policy changes.</summary>
    NoEnd,

    /// <summary><c>endDate</c>: the last review starts on or before <see cref="ReviewSettingsDraft.RangeEndDate"/>.</summary>
    EndDate,

    /// <summary><c>numbered</c>: <see cref="ReviewSettingsDraft.NumberOfOccurrences"/> reviews, then none.</summary>
    Numbered,
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

/// <summary>
/// Recurring access reviews of the assignments (Graph <c>reviewSettings</c>). Sent when enabled, and also when turned off
/// on a policy that had them (<see cref="SendWhenDisabled"/>), so that a PUT keeps the settings for when they are turned
/// back on.
/// </summary>
public sealed class ReviewSettingsDraft
{
    public bool IsEnabled { get; set; }

    /// <summary>The policy came with review settings: send them with <c>isEnabled: false</c> rather than leave them out.</summary>
    public bool SendWhenDisabled { get; set; }

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

    /// <summary>Day of the month a monthly review starts on (1–31); 0 leaves it to the start date, as the docs' example does.</summary>
    public int DayOfMonth { get; set; }

    public ReviewRangeType RangeType { get; set; } = ReviewRangeType.NoEnd;

    /// <summary>No review starts after this day (<see cref="ReviewRangeType.EndDate"/>).</summary>
    public DateOnly? RangeEndDate { get; set; }

    /// <summary>How many reviews there are in all (<see cref="ReviewRangeType.Numbered"/>).</summary>
    public int NumberOfOccurrences { get; set; }

    /// <summary>The range's own start date when a policy carries one; otherwise the first review's date is sent for a bounded range.</summary>
    public DateOnly? RangeStartDate { get; set; }

    /// <summary>The range's time zone when a policy carries one (Graph <c>recurrenceTimeZone</c>); the portal schedules in UTC.</summary>
    public string? RecurrenceTimeZone { get; set; }

    /// <summary>How long each review stays open (days or hours).</summary>
    public PolicyDuration Duration { get; set; } = PolicyDuration.Days(14);

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
