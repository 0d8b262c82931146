namespace PolicyPortal.Graph.Export;

/// <summary>The request a snippet makes: POST to create, or PUT over the policy with <see cref="PolicyId"/>.</summary>
internal sealed record PolicyRequest(string? PolicyId)
{
    public const string CollectionUrl = "https://graph.microsoft.com/v1.0/identityGovernance/entitlementManagement/assignmentPolicies";

    public bool IsUpdate => !string.IsNullOrEmpty(PolicyId);

    public string Method => IsUpdate ? "PUT" : "POST";

    /// <summary>The policy id is a Graph GUID; it is escaped into the path anyway.</summary>
    public string Url => IsUpdate ? $"{CollectionUrl}/{Uri.EscapeDataString(PolicyId!)}" : CollectionUrl;

    /// <summary>"create-policy" / "update-policy", for file names.</summary>
    public string Verb => IsUpdate ? "update" : "create";
}
