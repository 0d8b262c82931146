using System.Text.Json;
using PolicyPortal.Sandbox.Http;

namespace PolicyPortal.Sandbox.Batch;

/// <summary>Reads and checks a JSON batch as Graph does: at most 20 requests, ids unique (case-insensitive),
/// relative urls, Content-Type with every body, <c>dependsOn</c> naming earlier requests.</summary>
internal static class BatchParser
{
    public const int MaxRequests = 20;

    public static List<BatchItem> Parse(string? body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body ?? "");
        }
        catch (JsonException)
        {
            throw Invalid("Invalid batch payload format: the body is not JSON.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
            {
                throw Invalid("Invalid batch payload format: a 'requests' array is required.");
            }
            var count = requests.GetArrayLength();
            if (count == 0)
            {
                throw Invalid("Invalid batch payload format: the batch contains no requests.");
            }
            if (count > MaxRequests)
            {
                throw Invalid($"The batch contains {count} requests; the maximum is {MaxRequests}.");
            }
            var items = new List<BatchItem>();
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var element in requests.EnumerateArray())
            {
                var item = ParseItem(element);
                if (!ids.Add(item.Id))
                {
                    throw Invalid($"Batch request id '{item.Id}' is used more than once (ids are compared case-insensitively).");
                }
                if (item.DependsOn.FirstOrDefault(d => !items.Any(i => string.Equals(i.Id, d, StringComparison.OrdinalIgnoreCase))) is { } missing)
                {
                    throw Invalid($"Batch request '{item.Id}' depends on '{missing}', which is not an earlier request of the batch.");
                }
                items.Add(item);
            }
            return items;
        }
    }

    private static BatchItem ParseItem(JsonElement element)
    {
        var id = Text(element, "id") ?? throw Invalid("Every batch request needs an 'id'.");
        var method = Text(element, "method")?.ToUpperInvariant() ?? throw Invalid($"Batch request '{id}' needs a 'method'.");
        var url = Text(element, "url") ?? throw Invalid($"Batch request '{id}' needs a 'url'.");
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            throw Invalid($"Batch request '{id}' has an absolute url; urls in a batch are relative, e.g. '/users'.");
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (element.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in h.EnumerateObject())
            {
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText();
            }
        }
        string? body = null;
        if (element.TryGetProperty("body", out var b) && b.ValueKind != JsonValueKind.Null)
        {
            if (!headers.ContainsKey("Content-Type"))
            {
                throw Invalid($"Batch request '{id}' has a body but no Content-Type header.");
            }
            body = b.ValueKind == JsonValueKind.String ? b.GetString() : b.GetRawText();
        }
        var dependsOn = element.TryGetProperty("dependsOn", out var d) && d.ValueKind == JsonValueKind.Array
            ? d.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        return new BatchItem(id, method, url.StartsWith('/') ? url : "/" + url, headers, body, dependsOn);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static GraphException Invalid(string message) => GraphException.BadRequest(GraphErrorCodes.BadRequest, message);
}
