using Microsoft.Extensions.Options;

namespace PolicyPortal.Sandbox.Journal;

/// <summary>A bounded, thread-safe log of received requests, newest last. Tests read it to see exactly what
/// the portal sent; it never holds a token.</summary>
internal sealed class RequestJournal(IOptions<SandboxOptions> options)
{
    /// <summary>Headers worth keeping; everything else is dropped.</summary>
    private static readonly string[] KeptHeaders =
        ["ConsistencyLevel", "Content-Type", "client-request-id", "Prefer", "Retry-Attempt", "X-Sandbox-Fault", "X-Sandbox-Latency-Ms"];

    private readonly Lock _gate = new();
    private readonly Queue<JournalEntry> _entries = new();
    private long _sequence;

    public void Add(Func<long, JournalEntry> create)
    {
        lock (_gate)
        {
            _entries.Enqueue(create(++_sequence));
            while (_entries.Count > options.Value.JournalCapacity)
            {
                _entries.Dequeue();
            }
        }
    }

    public IReadOnlyList<JournalEntry> Entries()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    public static Dictionary<string, string> SelectHeaders(Func<string, string?> header)
    {
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in KeptHeaders)
        {
            if (header(name) is { } value)
            {
                kept[name] = value;
            }
        }
        if (header("Authorization") is { } authorization)
        {
            kept["Authorization"] = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "Bearer ***" : "***";
        }
        return kept;
    }
}
