namespace PolicyPortal.Graph.Export;

/// <summary>The raw request: what any HTTP client (or Graph Explorer) sends. The body is the previewed JSON, unchanged.</summary>
internal sealed class HttpRequestExporter : IPolicyCodeExporter
{
    public CodeTarget Target => CodeTarget.Http;

    public CodeSnippet Export(string json, ObjectNode tree, PolicyRequest request)
    {
        var code = $"{request.Method} {request.Url}\nContent-Type: application/json\nAuthorization: Bearer {{token}}\n\n{json}";
        return new CodeSnippet(Target, "HTTP", "http", $"{request.Verb}-policy.http", code);
    }
}
