namespace PolicyPortal.Core.Policies;

/// <summary>A package's policies as they will be once a draft is saved.</summary>
public static class PolicyListExtensions
{
    /// <summary><paramref name="policies"/> with <paramref name="candidate"/> in place of the policy with its id, or
    /// added when it is new.</summary>
    public static List<PolicyDraft> With(this IEnumerable<PolicyDraft> policies, PolicyDraft candidate)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(candidate);
        return [.. policies.Where(policy => candidate.IsNew || !string.Equals(policy.Id, candidate.Id, StringComparison.OrdinalIgnoreCase)), candidate];
    }
}
