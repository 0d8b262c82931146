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

    /// <summary>Delegated permissions the portal asks for, without the resource prefix (it comes from <see cref="BaseUrl"/>,
    /// so national clouds get their own).</summary>
    public string[] Scopes { get; set; } =
        ["EntitlementManagement.ReadWrite.All", "User.ReadBasic.All", "GroupMember.Read.All", "Application.Read.All"];

    /// <summary>How long one Graph call may take, retries included, before the admin is told it failed.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 100;

    /// <summary>How often the SDK's retry handler retries a 429/503/504, honouring Retry-After.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The scopes as Entra wants them: <c>https://graph.microsoft.com/User.ReadBasic.All</c>.</summary>
    public IEnumerable<string> ScopeUris()
    {
        var resource = new Uri(BaseUrl).GetLeftPart(UriPartial.Authority);
        return Scopes.Select(scope => $"{resource}/{scope}");
    }
}
