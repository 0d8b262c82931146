using System.Net.Http.Json;
using System.Text.Json;

namespace PolicyPortal.Testing;

/// <summary>Reads and steers the demo server's sandbox tenant: its request journal and fault injection.</summary>
public sealed class SandboxJournal(DemoPortalServer server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.SandboxRoot };

    public async Task<IReadOnlyList<JsonElement>> EntriesAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri("_journal", UriKind.Relative), cancellationToken));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public async Task<IReadOnlyList<JsonElement>> RequestsAsync(string method, string pathContains, CancellationToken cancellationToken) =>
        (await EntriesAsync(cancellationToken))
            .Where(e => e.GetProperty("method").GetString() == method
                && e.GetProperty("path").GetString()!.Contains(pathContains, StringComparison.Ordinal))
            .ToList();

    /// <summary>The requests sent inside <c>$batch</c> requests, each with the status it got.</summary>
    public async Task<IReadOnlyList<JsonElement>> BatchedRequestsAsync(string method, string urlContains, CancellationToken cancellationToken) =>
        (await EntriesAsync(cancellationToken))
            .Where(e => e.TryGetProperty("requests", out var requests) && requests.ValueKind == JsonValueKind.Array)
            .SelectMany(e => e.GetProperty("requests").EnumerateArray())
            .Where(r => r.GetProperty("method").GetString() == method && r.GetProperty("url").GetString()!.Contains(urlContains, StringComparison.Ordinal))
            .ToList();

    public async Task ClearAsync(CancellationToken cancellationToken) =>
        (await _http.DeleteAsync(new Uri("_journal", UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();

    public async Task ResetAsync(CancellationToken cancellationToken) =>
        (await _http.PostAsync(new Uri("_reset", UriKind.Relative), null, cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Fails the next <paramref name="count"/> requests to the path with the status (and Retry-After); with
    /// <paramref name="afterHandling"/> each is carried out first and only its answer is the failure.</summary>
    public async Task FailNextAsync(string method, string path, int status, int count, int? retryAfterSeconds, CancellationToken cancellationToken,
        bool afterHandling = false) =>
        (await _http.PostAsJsonAsync(new Uri("_faults", UriKind.Relative),
            new { path, method, status, count, retryAfterSeconds, afterHandling }, cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Adds this latency to every Graph request until <see cref="ClearFaultsAsync"/> or a reset.</summary>
    public async Task SetLatencyAsync(int milliseconds, CancellationToken cancellationToken) =>
        (await _http.PostAsJsonAsync(new Uri("_faults", UriKind.Relative), new { latencyMs = milliseconds }, cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Back to the configured faults (none) and latency: counted faults not used up yet are dropped.</summary>
    public async Task ClearFaultsAsync(CancellationToken cancellationToken) =>
        (await _http.DeleteAsync(new Uri("_faults", UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>How many policies the tenant holds with exactly this name, asked of the sandbox directly (not through the portal).</summary>
    public async Task<int> CountPoliciesNamedAsync(string displayName, CancellationToken cancellationToken)
    {
        var filter = Uri.EscapeDataString($"displayName eq '{displayName.Replace("'", "''", StringComparison.Ordinal)}'");
        var page = await GetJsonAsync($"v1.0/identityGovernance/entitlementManagement/assignmentPolicies?$filter={filter}&$select=id", cancellationToken);
        return page["value"]!.AsArray().Count;
    }

    /// <summary>A Graph GET asked of the sandbox directly (not through the portal), e.g. to see what it stored.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> GetJsonAsync(string relativeUrl, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(relativeUrl, UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "test");
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
    }

    public void Dispose() => _http.Dispose();
}
