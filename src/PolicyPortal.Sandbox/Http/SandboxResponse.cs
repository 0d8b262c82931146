using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Journal;

namespace PolicyPortal.Sandbox.Http;

/// <summary>What the dispatcher answers; the HTTP adapter and <c>$batch</c> both write it out.</summary>
internal sealed class SandboxResponse
{
    public const string JsonContentType =
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    public required int Status { get; init; }

    public JsonNode? Body { get; init; }

    /// <summary>Plain-text body, for <c>/$count</c>.</summary>
    public string? Text { get; init; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>For a <c>$batch</c>: its inner requests, so the journal keeps one entry per HTTP request; kept when a
    /// fault replaces the answer after the work was done.</summary>
    public IReadOnlyList<BatchJournalItem>? BatchItems { get; set; }

    public static SandboxResponse Json(int status, JsonNode body) => new() { Status = status, Body = body };

    public static SandboxResponse NoContent() => new() { Status = 204 };
}
