namespace PolicyPortal.Sandbox.Batch;

/// <summary>One parsed entry of a <c>$batch</c> body.</summary>
internal sealed record BatchItem(
    string Id, string Method, string Url, Dictionary<string, string> Headers, string? Body, IReadOnlyList<string> DependsOn);
