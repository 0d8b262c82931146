using System.ComponentModel.DataAnnotations;

namespace PolicyPortal.Graph.Client;

/// <summary>How PolicyPortal reaches Microsoft Graph (section <c>Graph</c>).</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Graph's v1.0 root; change it for national clouds. In demo mode the sandbox's root replaces it.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>How long one Graph call may take, retries included, before the admin is told it failed.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 100;

    /// <summary>How often the SDK's retry handler retries a 429/503/504, honouring Retry-After.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;
}
