using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using PolicyPortal.Sandbox.Faults;
using PolicyPortal.Sandbox.Journal;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Http;

/// <summary>HTTP in and out. Everything is relative to the current path base: <c>/v1.0/...</c> goes to the
/// dispatcher; <c>/_journal</c>, <c>/_reset</c> and <c>/_faults</c> are the test and demo controls.</summary>
internal sealed class SandboxHttpAdapter(
    SandboxDispatcher dispatcher, RequestJournal journal, FaultInjector faults, TenantStore store, TimeProvider time)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var method = context.Request.Method;
        return (path, method) switch
        {
            ("/_journal", "GET") => WriteJsonAsync(context, 200, journal.Entries()),
            ("/_journal", "DELETE") => NoContentAsync(context, journal.Clear),
            ("/_reset", "POST") => NoContentAsync(context, () =>
            {
                store.Reset();
                journal.Clear();
                faults.Reset();
            }),
            ("/_faults", "GET") => WriteJsonAsync(context, 200, faults.State()),
            ("/_faults", "POST") => ApplyFaultAsync(context),
            ("/_faults", "DELETE") => ResetFaultsAsync(context),
            _ when path == "/v1.0" || path.StartsWith("/v1.0/", StringComparison.Ordinal) => HandleGraphAsync(context),
            _ => WriteJsonAsync(context, 404, new { error = new { code = "NotFound", message = $"The sandbox has nothing at '{path}'." } }),
        };
    }

    private async Task HandleGraphAsync(HttpContext context)
    {
        var timestamp = time.GetUtcNow();
        var http = context.Request;
        var body = await ReadBodyAsync(http, context.RequestAborted);
        var headers = SandboxRequest.NewHeaders();
        foreach (var (name, values) in http.Headers)
        {
            headers[name] = values.ToString();
        }
        var request = new SandboxRequest(http.Method, http.Path.Value!, http.QueryString.Value?.TrimStart('?') ?? "",
            headers, body, $"{http.Scheme}://{http.Host.Value}{http.PathBase.Value}");
        var response = await dispatcher.HandleAsync(request, context.RequestAborted);
        // Journal before answering, so a client that reads the journal after the response always finds its request.
        journal.Add(sequence => new JournalEntry(sequence, timestamp, http.Method, RelativeTarget(context),
            RequestJournal.SelectHeaders(request.Header), body, response.Status, response.BatchItems));
        await WriteAsync(context.Response, response, context.RequestAborted);
    }

    private static async Task WriteAsync(HttpResponse http, SandboxResponse response, CancellationToken cancellationToken)
    {
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }
        if (response.Body is not null)
        {
            http.ContentType = SandboxResponse.JsonContentType;
            await http.WriteAsync(SandboxJson.Serialize(response.Body), Encoding.UTF8, cancellationToken);
        }
        else if (response.Text is not null)
        {
            http.ContentType = "text/plain;charset=utf-8";
            await http.WriteAsync(response.Text, Encoding.UTF8, cancellationToken);
        }
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0)
        {
            return null;
        }
        // No BOM detection: the journal keeps the body exactly as it arrived.
        using var reader = new StreamReader(request.Body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return text.Length == 0 ? null : text;
    }

    /// <summary>Path and query exactly as received (still encoded), without the path base.</summary>
    private static string RelativeTarget(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var pathBase = context.Request.PathBase.Value ?? "";
        return raw is not null && raw.StartsWith(pathBase, StringComparison.OrdinalIgnoreCase)
            ? raw[pathBase.Length..]
            : $"{context.Request.Path}{context.Request.QueryString}";
    }

    private async Task ApplyFaultAsync(HttpContext context)
    {
        try
        {
            var command = await JsonSerializer.DeserializeAsync<FaultCommand>(context.Request.Body, SandboxJson.Options, context.RequestAborted)
                ?? throw GraphException.BadRequest(GraphErrorCodes.BadRequest, "A JSON body is required.");
            await WriteJsonAsync(context, 200, faults.Apply(command));
        }
        catch (JsonException ex)
        {
            await WriteJsonAsync(context, 400, new { error = new { code = GraphErrorCodes.BadRequest, message = ex.Message } });
        }
        catch (GraphException ex)
        {
            await WriteJsonAsync(context, 400, new { error = new { code = ex.Code, message = ex.Message } });
        }
    }

    private Task ResetFaultsAsync(HttpContext context)
    {
        faults.Reset();
        return WriteJsonAsync(context, 200, faults.State());
    }

    private static Task NoContentAsync(HttpContext context, Action action)
    {
        action();
        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private static Task WriteJsonAsync<T>(HttpContext context, int status, T value)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(value, SandboxJson.Options), Encoding.UTF8, context.RequestAborted);
    }
}
