using Microsoft.Graph.Models;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Graph.Directory;

/// <summary>A Graph directory object as the picker shows it: kind, name, and the detail that tells two alike apart.</summary>
internal static class DirectoryEntries
{
    public static DirectoryEntry Of(User user) =>
        new(DirectoryObjectKind.User, user.Id!, user.DisplayName ?? user.Id!, user.Mail ?? user.UserPrincipalName);

    public static DirectoryEntry Of(Group group) => new(DirectoryObjectKind.Group, group.Id!, group.DisplayName ?? group.Id!, group.Mail);

    public static DirectoryEntry Of(ServicePrincipal principal) =>
        new(DirectoryObjectKind.ServicePrincipal, principal.Id!, principal.DisplayName ?? principal.Id!, principal.AppId);

    public static DirectoryEntry Of(ConnectedOrganization organization) =>
        new(DirectoryObjectKind.ConnectedOrganization, organization.Id!, organization.DisplayName ?? organization.Id!, organization.Description);
}
