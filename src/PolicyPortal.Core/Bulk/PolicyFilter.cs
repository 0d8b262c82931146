using PolicyPortal.Core.Lint;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Bulk;

/// <summary>Which policies of the chosen packages a change is for, by their current settings.</summary>
public enum PolicyFilter
{
    All,
    TakingRequests,
    WithApproval,
    WithoutFallbackApprover,
    WithoutReview,
    ForExternalUsers,
}

public static class PolicyFilters
{
    public static string Title(PolicyFilter filter) => filter switch
    {
        PolicyFilter.TakingRequests => "Policies that take requests",
        PolicyFilter.WithApproval => "Policies with approval",
        PolicyFilter.WithoutFallbackApprover => "Policies with a stage that has no fallback approver",
        PolicyFilter.WithoutReview => "Policies without access reviews",
        PolicyFilter.ForExternalUsers => "Policies for external users",
        _ => "Every policy",
    };

    public static bool Matches(PolicyFilter filter, PolicyDraft policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var approval = policy.RequestApproval;
        return filter switch
        {
            PolicyFilter.TakingRequests => Populations.TakesRequests(policy),
            PolicyFilter.WithApproval => Populations.TakesRequests(policy) && approval.IsApprovalRequiredForAdd && approval.Stages.Count > 0,
            PolicyFilter.WithoutFallbackApprover => Populations.TakesRequests(policy) && approval.IsApprovalRequiredForAdd
                && approval.Stages.Any(stage => stage.FallbackPrimaryApprovers.Count == 0),
            PolicyFilter.WithoutReview => !policy.ReviewSettings.IsEnabled,
            PolicyFilter.ForExternalUsers => PolicyLint.IsExternal(policy.AllowedTargetScope),
            _ => true,
        };
    }
}
