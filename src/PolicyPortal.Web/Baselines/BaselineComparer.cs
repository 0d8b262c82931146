using PolicyPortal.Core.Bulk;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Validation;
using PolicyPortal.Core.Wizard;
using PolicyPortal.Graph.Baselines;
using PolicyPortal.Graph.Policies;

namespace PolicyPortal.Web.Baselines;

/// <summary>Where a policy stands between a baseline and the tenant.</summary>
public enum DriftState
{
    InSync,

    /// <summary>Both have it and they differ in what the baseline states.</summary>
    Changed,

    /// <summary>The baseline has it, the tenant does not.</summary>
    MissingLive,

    /// <summary>The tenant has it in one of the baseline's packages; the baseline does not.</summary>
    OnlyLive,
}

/// <summary>One policy's drift and what applying the baseline would do about it (a bulk plan item).</summary>
public sealed record DriftItem(DriftState State, BulkPlanItem Plan);

/// <summary>Compares a baseline with the policies the tenant has now, through the ids as matched, and plans what applying
/// it would send: a full PUT of each changed policy (the baseline laid over it, so nothing it does not state is wiped), a
/// create for each missing one and, only when asked, a delete for each policy only the tenant has.</summary>
public sealed class BaselineComparer(IPolicyGateway gateway, PolicyDraftValidator validator)
{
    public const string InSyncReason = "it is in sync with the baseline";

    public const string KeptReason = "it is only in the tenant; choose “Also delete the policies only the tenant has” to delete it";

    public async Task<IReadOnlyList<DriftItem>> CompareAsync(BaselineReading baseline, IReadOnlyList<IdMatch> matches, bool deleteOnlyLive,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(matches);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var match in matches.Where(m => m.IsResolved && m.Kind != IdMatchKind.AccessPackage))
        {
            ids.TryAdd(match.BaselineId, match.LiveId!);
        }
        var named = matches.Where(m => m.IsResolved && m.Kind == IdMatchKind.DirectoryObject)
            .Select(m => new DirectoryEntry(m.Subject!.Value, m.LiveId!, m.LiveName!, null)).ToList();
        var extensions = matches.Where(m => m.IsResolved && m.Kind == IdMatchKind.CustomExtension)
            .Select(m => new CustomExtensionInfo(m.LiveId!, m.LiveName!)).ToList();

        var targets = new Dictionary<string, BulkTarget>(StringComparer.OrdinalIgnoreCase);
        foreach (var package in matches.Where(m => m.IsResolved && m.Kind == IdMatchKind.AccessPackage).DistinctBy(m => m.LiveId))
        {
            var info = new AccessPackageInfo(package.LiveId!, package.LiveName!, null, null, false, package.CatalogId);
            targets[package.LiveId!] = new BulkTarget(info, await gateway.ListAsync(package.LiveId!, cancellationToken));
        }

        var items = new List<DriftItem>();
        var claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var policy in baseline.Policies)
        {
            var package = matches.Single(m => m.Kind == IdMatchKind.AccessPackage && m.BaselineId == BaselineMatcher.PackageKey(policy.Package));
            var problems = Unmatched(policy, package, matches);
            if (!package.IsResolved)
            {
                var info = new AccessPackageInfo(policy.Package.Id ?? string.Empty, policy.Package.DisplayName, null, policy.Package.Catalog, false);
                items.Add(new DriftItem(DriftState.MissingLive, BulkPlan.Refused(info, null, policy.Draft, problems)));
                continue;
            }

            var target = targets[package.LiveId!];
            var body = BaselineBodies.WithIds(policy.Body, ids);
            var live = target.Policies.FirstOrDefault(p => string.Equals(p.Id, policy.Id, StringComparison.OrdinalIgnoreCase) && !claimed.Contains(p.Id!))
                ?? target.Policies.FirstOrDefault(p => p.DisplayName == policy.Draft.DisplayName && !claimed.Contains(p.Id!));
            if (live is not null)
            {
                claimed.Add(live.Id!);
                var after = BaselineBodies.Over(live, gateway.Prepare(live).Json, body);
                Name(after, named, [.. extensions, .. live.CustomExtensionStageSettings.Select(c => new CustomExtensionInfo(c.CustomExtensionId, c.CustomExtensionDisplayName ?? c.CustomExtensionId))]);
                var plan = problems.Count > 0 ? BulkPlan.Refused(target.Package, live, after, problems) : BulkPlan.Replace(target, live, after, validator, InSyncReason);
                items.Add(new DriftItem(plan.LeftAlone is null ? DriftState.Changed : DriftState.InSync, plan));
            }
            else
            {
                var draft = PolicyJson.Read(body, out _).Draft!;
                Name(draft, named, extensions);
                var plan = problems.Count > 0 ? BulkPlan.Refused(target.Package, null, draft, problems) : BulkPlan.New(target, draft, validator);
                items.Add(new DriftItem(DriftState.MissingLive, plan));
            }
        }

        foreach (var target in targets.Values)
        {
            foreach (var onlyLive in target.Policies.Where(p => !claimed.Contains(p.Id!)))
            {
                items.Add(new DriftItem(DriftState.OnlyLive, BulkPlan.Delete(target, onlyLive, deleteOnlyLive ? null : KeptReason)));
            }
        }
        return items;
    }

    /// <summary>Names what came from JSON with ids only, so the diff and the summary read as the package page does.</summary>
    private static void Name(PolicyDraft draft, IReadOnlyList<DirectoryEntry> directory, IReadOnlyList<CustomExtensionInfo> extensions)
    {
        SubjectNaming.Apply(draft, directory);
        foreach (var setting in draft.CustomExtensionStageSettings.Where(s => s.CustomExtensionDisplayName is null))
        {
            setting.CustomExtensionDisplayName = extensions.FirstOrDefault(e => string.Equals(e.Id, setting.CustomExtensionId, StringComparison.OrdinalIgnoreCase))?.DisplayName;
        }
    }

    /// <summary>The ids the policy holds that nothing here is matched to: applying it would point at nothing, so it is refused.</summary>
    private static List<PolicyIssue> Unmatched(BaselinePolicy policy, IdMatch package, IReadOnlyList<IdMatch> matches)
    {
        var held = SubjectNaming.DirectoryObjects(policy.Draft).Select(d => d.Id)
            .Concat(policy.Draft.CustomExtensionStageSettings.Select(s => s.CustomExtensionId.Trim().ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);
        return [.. matches.Where(m => !m.IsResolved && (m == package || m.Kind != IdMatchKind.AccessPackage && held.Contains(m.BaselineId)))
            .Select(m => new PolicyIssue("$", $"Its {m.KindName} “{m.Name}” is not matched in this tenant ({m.How}): choose it under “How the baseline's ids were matched”.",
                WizardStep.Basics))];
    }
}
