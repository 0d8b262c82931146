namespace PolicyPortal.Sandbox.Journal;

/// <summary>One HTTP request the sandbox received. <see cref="Path"/> is path and query as received,
/// relative to the mount; <see cref="Body"/> is the body exactly as received.</summary>
internal sealed record JournalEntry(
    long Sequence,
    DateTimeOffset Timestamp,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    int Status,
    IReadOnlyList<BatchJournalItem>? Requests);

/// <summary>One request inside a <c>$batch</c>, with the status it got.</summary>
internal sealed record BatchJournalItem(
    string Id,
    string Method,
    string Url,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    int Status);
