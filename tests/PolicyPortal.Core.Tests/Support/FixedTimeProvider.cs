namespace PolicyPortal.Core.Tests.Support;

/// <summary>A clock stopped at <see cref="Now"/>.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public FixedTimeProvider()
        : this(Now)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
