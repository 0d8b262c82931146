namespace PolicyPortal.Sandbox.Http;

/// <summary>One Graph request, whether it came over HTTP or from inside a <c>$batch</c>. Path is decoded and
/// relative to the mount (it starts with <c>/v1.0</c>); QueryString is raw (still encoded) without the <c>?</c>;
/// BaseUrl is scheme, host and path base, for absolute links.</summary>
internal sealed record SandboxRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    string BaseUrl)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool IsEventual => string.Equals(Header("ConsistencyLevel"), "eventual", StringComparison.OrdinalIgnoreCase);

    public static Dictionary<string, string> NewHeaders() => new(StringComparer.OrdinalIgnoreCase);
}
