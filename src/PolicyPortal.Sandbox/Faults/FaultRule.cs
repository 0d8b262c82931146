namespace PolicyPortal.Sandbox.Faults;

/// <summary>An active fault. <see cref="Remaining"/> null means "until cleared". <see cref="AfterHandling"/>: the request
/// is carried out and only its answer is replaced, as when a gateway times out after the service did the work.</summary>
internal sealed record FaultRule(string? Path, string? Method, int Status, int? RetryAfterSeconds, int? Remaining, bool AfterHandling = false)
{
    public bool Matches(string method, string path) =>
        (string.IsNullOrEmpty(Method) || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Path) || IsAtOrBelow(path, Path));

    // "/v1.0/users" matches "/v1.0/users" and "/v1.0/users/{id}", not "/v1.0/usersX".
    private static bool IsAtOrBelow(string path, string prefix)
    {
        var trimmed = prefix.TrimEnd('/');
        return path.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)
            && (path.Length == trimmed.Length || path[trimmed.Length] is '/' or '?');
    }
}
