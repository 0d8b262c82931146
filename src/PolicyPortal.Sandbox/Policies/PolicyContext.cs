using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Policies;

/// <summary>What the rules check a body against: the tenant, the package and, for PUT, the policy replaced.</summary>
internal sealed record PolicyContext(TenantSnapshot Snapshot, DateTimeOffset Now, Entity? Existing);
