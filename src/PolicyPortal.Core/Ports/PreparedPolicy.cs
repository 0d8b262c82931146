namespace PolicyPortal.Core.Ports;

/// <summary>A policy request ready to send. The gateway keeps the object it will send; <see cref="Json"/> is that object
/// serialized by the same writer the request uses, so what the admin previews is what Graph receives.</summary>
public abstract class PreparedPolicy
{
    protected PreparedPolicy(string json, string? policyId)
    {
        Json = json;
        PolicyId = policyId;
    }

    /// <summary>The exact request body.</summary>
    public string Json { get; }

    /// <summary>The policy being replaced; null when this creates a policy.</summary>
    public string? PolicyId { get; }

    public bool IsUpdate => PolicyId is not null;
}
