using PolicyPortal.Core.Policies;
using PolicyPortal.Web.Data.Audit;

namespace PolicyPortal.Web.Policies;

/// <summary>An audit entry's who, what and which policy, shared by the writes that record one (submit, delete); each
/// adds its outcome with <c>with</c>.</summary>
internal static class PolicyAuditEntry
{
    public static AuditEntry For(CurrentUser user, AuditAction action, PolicyDraft policy) => new()
    {
        UserId = user.Id,
        UserDisplayName = user.DisplayName,
        Action = action,
        AccessPackageId = policy.AccessPackage.Id,
        PolicyId = policy.Id,
        PolicyDisplayName = policy.DisplayName,
    };
}
