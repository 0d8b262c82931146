using PolicyPortal.Core.Diff;
using PolicyPortal.Core.Lint;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Validation;

namespace PolicyPortal.Core.Bulk;

/// <summary>A package with the policies it has now: what a plan is made against.</summary>
public sealed record BulkTarget(AccessPackageInfo Package, IReadOnlyList<PolicyDraft> Policies);

/// <summary>What would happen to one policy: created or changed field by field, or left alone and why.</summary>
/// <param name="Before">The policy as it is; null when the item creates a policy.</param>
/// <param name="Changes">The fields an update changes (the wizard's diff); empty for a create.</param>
/// <param name="Problems">The service rules the result would break: the item is refused, nothing is sent for it.</param>
/// <param name="Advice">The package's lint with the result in place (competing policies, the policy count).</param>
/// <param name="LeftAlone">Why the change does not concern the policy; null when it does.</param>
public sealed record BulkPlanItem(
    AccessPackageInfo Package, PolicyDraft? Before, PolicyDraft After, IReadOnlyList<PolicyChange> Changes,
    IReadOnlyList<PolicyIssue> Problems, IReadOnlyList<LintFinding> Advice, string? LeftAlone)
{
    /// <summary>The ids of the package's policies when the plan was made: a policy created later is not one of them.</summary>
    public IReadOnlyList<string> PackagePolicyIds { get; init; } = [];

    public bool IsCreate => Before is null;

    /// <summary>Deletes <see cref="Before"/> (a baseline's apply, only when asked); <see cref="After"/> is the same policy.</summary>
    public bool IsDelete { get; init; }

    /// <summary>True when applying the plan would send this item.</summary>
    public bool WouldBeSent => LeftAlone is null && Problems.Count == 0;
}

/// <summary>Dry runs: every policy a bulk change would write, checked by the same validator and lint as the wizard,
/// before anything is sent.</summary>
public static class BulkPlan
{
    /// <summary>One new policy per package, copied from <paramref name="source"/> (a template or a saved policy).</summary>
    public static IReadOnlyList<BulkPlanItem> Create(IEnumerable<BulkTarget> targets, PolicyDraft source, PolicyDraftValidator validator)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(validator);
        return [.. targets.Select(target => New(target, source, validator))];
    }

    /// <summary>A copy of <paramref name="source"/> created in the target's package.</summary>
    public static BulkPlanItem New(BulkTarget target, PolicyDraft source, PolicyDraftValidator validator)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        var created = source.CloneAsNew();
        created.AccessPackage = new AccessPackageReference { Id = target.Package.Id, DisplayName = target.Package.DisplayName };
        return Item(target, null, created, [], null, validator);
    }

    /// <summary><paramref name="before"/> replaced by <paramref name="after"/> (a full PUT), or left alone when they are the same.</summary>
    public static BulkPlanItem Replace(BulkTarget target, PolicyDraft before, PolicyDraft after, PolicyDraftValidator validator, string sameReason)
    {
        ArgumentNullException.ThrowIfNull(target);
        var changes = PolicyDiff.Compare(before, after);
        return Item(target, before, after, changes, changes.Count == 0 ? sameReason : null, validator);
    }

    /// <summary>Deletes <paramref name="policy"/>, or leaves it alone saying <paramref name="keptBecause"/>.</summary>
    public static BulkPlanItem Delete(BulkTarget target, PolicyDraft policy, string? keptBecause)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new BulkPlanItem(target.Package, policy, policy, [], [], [], keptBecause)
        {
            IsDelete = keptBecause is null,
            PackagePolicyIds = [.. target.Policies.Select(p => p.Id).OfType<string>()],
        };
    }

    /// <summary>An item that cannot be planned, refused with <paramref name="problems"/>.</summary>
    public static BulkPlanItem Refused(AccessPackageInfo package, PolicyDraft? before, PolicyDraft after, IReadOnlyList<PolicyIssue> problems) =>
        new(package, before, after, [], problems, [], null);

    /// <summary>The edit applied to every policy of the packages that <paramref name="filter"/> selects.</summary>
    public static IReadOnlyList<BulkPlanItem> Change(IEnumerable<BulkTarget> targets, PolicyFilter filter, BulkEdit edit, PolicyDraftValidator validator)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(validator);
        return [.. targets.SelectMany(target => target.Policies.Where(p => PolicyFilters.Matches(filter, p)).Select(policy =>
        {
            var after = policy.Clone();
            var leftAlone = edit.ApplyTo(after);
            var changes = leftAlone is null ? PolicyDiff.Compare(policy, after) : [];
            return Item(target, policy, after, changes, leftAlone ?? (changes.Count == 0 ? "it is already so" : null), validator);
        }))];
    }

    private static BulkPlanItem Item(BulkTarget target, PolicyDraft? before, PolicyDraft after, IReadOnlyList<PolicyChange> changes, string? leftAlone,
        PolicyDraftValidator validator)
    {
        var ids = target.Policies.Select(p => p.Id).OfType<string>().ToList();
        if (leftAlone is not null)
        {
            return new BulkPlanItem(target.Package, before, after, [], [], [], leftAlone) { PackagePolicyIds = ids };
        }
        var context = new PackagePolicyContext([.. target.Policies.Select(p => new ExistingPolicy(p.Id!, p.DisplayName, p.IsAutoAssignment))]);
        // The package's own advice and the policy's (a new policy's findings carry no id, like the package's); for a change,
        // only what the change brings, not what the policy was already advised.
        HashSet<string> advisedAlready = before is null ? [] : Advice(target, before).Select(f => f.Message).ToHashSet(StringComparer.Ordinal);
        var advice = Advice(target, after).Where(f => !advisedAlready.Contains(f.Message)).ToList();
        return new BulkPlanItem(target.Package, before, after, changes, validator.ValidateDraft(after, context).Issues, advice, null) { PackagePolicyIds = ids };
    }

    private static IEnumerable<LintFinding> Advice(BulkTarget target, PolicyDraft policy) =>
        PolicyLint.Check(target.Policies, policy)
            .Where(f => f.PolicyId is null || string.Equals(f.PolicyId, policy.Id, StringComparison.OrdinalIgnoreCase));
}
