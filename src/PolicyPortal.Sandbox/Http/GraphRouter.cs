using PolicyPortal.Sandbox.Directory;
using PolicyPortal.Sandbox.Entitlement;

namespace PolicyPortal.Sandbox.Http;

/// <summary>Maps a <c>/v1.0/...</c> path to the handler that owns it.</summary>
internal sealed class GraphRouter(DirectoryHandler directory, EntitlementHandler entitlement)
{
    public SandboxResponse Route(SandboxRequest request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 2 && DirectoryHandler.Owns(segments[1]))
        {
            return directory.Handle(request, segments[1..]);
        }
        if (segments.Length >= 2 && segments[1] == TenantRelationshipsHandler.Segment)
        {
            return TenantRelationshipsHandler.Handle(request, segments[1..]);
        }
        if (segments.Length >= 4 && segments[1] == "identityGovernance" && segments[2] == "entitlementManagement")
        {
            return entitlement.Handle(request, segments[3..]);
        }
        throw GraphException.UnknownSegment(segments.ElementAtOrDefault(1) ?? "");
    }
}
