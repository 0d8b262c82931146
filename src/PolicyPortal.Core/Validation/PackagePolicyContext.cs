namespace PolicyPortal.Core.Validation;

/// <summary>A policy that already exists in the access package (only what package-wide rules need).</summary>
public sealed record ExistingPolicy(string Id, string? DisplayName, bool IsAutoAssignment);

/// <summary>
/// What the validator needs to know about the package's other policies: Entra allows one auto-assignment policy per
/// package. The policy being edited (same id as the draft) is ignored, so an edit is never counted twice.
/// </summary>
public sealed record PackagePolicyContext(IReadOnlyList<ExistingPolicy> Policies)
{

    /// <summary>No other policies known (a new package, or the gateway has not loaded them).</summary>
    public static PackagePolicyContext Empty { get; } = new([]);

    /// <summary>The package's policies other than the one with <paramref name="draftId"/>.</summary>
    public IEnumerable<ExistingPolicy> OthersThan(string? draftId) =>
        Policies.Where(policy => string.IsNullOrEmpty(draftId) || !string.Equals(policy.Id, draftId, StringComparison.OrdinalIgnoreCase));
}
