using Microsoft.Graph.Models;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;

namespace PolicyPortal.Graph.Directory;

/// <summary>A Graph directory object as the picker shows it: kind, name, and the detail that tells two alike apart.</summary>
internal static class DirectoryEntries
{
    public static DirectoryEntry Of(User user) =>
        new(SubjectKind.User, user.Id!, user.DisplayName ?? user.Id!, user.Mail ?? user.UserPrincipalName);

    public static DirectoryEntry Of(Group group) => new(SubjectKind.Group, group.Id!, group.DisplayName ?? group.Id!, group.Mail);

    public static DirectoryEntry Of(ServicePrincipal principal) =>
        new(SubjectKind.ServicePrincipal, principal.Id!, principal.DisplayName ?? principal.Id!, principal.AppId);

    public static DirectoryEntry Of(ConnectedOrganization organization) =>
        new(SubjectKind.ConnectedOrganization, organization.Id!, organization.DisplayName ?? organization.Id!, organization.Description);

    /// <summary>A member of a relationship (sponsors, managers, group members): a user or group by its type; anything
    /// else (an organizational contact as manager) by its id, read as a user.</summary>
    public static DirectoryEntry OfMember(DirectoryObject member) => member switch
    {
        User user => Of(user),
        Group group => Of(group),
        _ => new(SubjectKind.User, member.Id!, member.Id!, null),
    };

    /// <summary>A page of a relationship's members (sponsors, a group's members) as entries; members without an id are left out.</summary>
    public static List<DirectoryEntry> OfMembers(DirectoryObjectCollectionResponse page) =>
        [.. (page.Value ?? []).Where(o => o.Id is not null).Select(OfMember)];
}
