using PolicyPortal.Core.Ports;

namespace PolicyPortal.Core.Requestors;

/// <summary>Remembers readings for a few minutes, so trying the same person again (another policy, the next wizard
/// step) costs no Graph round trip. One instance per circuit: readings are the signed-in admin's view of the directory.</summary>
public sealed class CachedRequestorDirectory(IRequestorDirectory inner, TimeProvider clock)
{
    /// <summary>Long enough to compare policies for one person, short enough that a new manager shows soon.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(2);

    private readonly Dictionary<string, (DateTimeOffset At, RequestorReading Reading)> _readings = [];
    private readonly Lock _gate = new();

    /// <summary>The reading, and when it was made (earlier than now when it came from this circuit's cache).</summary>
    public async Task<(RequestorReading Reading, DateTimeOffset ReadAt)> ReadAsync(string userId, RequestorNeeds needs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var key = string.Join('|', userId, needs.ManagerLevels, needs.Sponsors, needs.Organization,
            string.Join(',', needs.MembershipGroupIds.Order(StringComparer.OrdinalIgnoreCase)), string.Join(',', needs.DeciderGroupIds.Order(StringComparer.OrdinalIgnoreCase)));
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_readings.TryGetValue(key, out var cached) && now - cached.At < Window)
            {
                return (cached.Reading, cached.At);
            }
        }

        var reading = await inner.ReadAsync(userId, needs, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _readings[key] = (now, reading);
        }
        return (reading, now);
    }
}
