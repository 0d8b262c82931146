using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Directory;

/// <summary>Users, groups and service principals as the query pipeline sees them.</summary>
internal static class DirectoryKinds
{
    public static readonly ResourceKind Users = new(
        "users", "microsoft.graph.user", IsDirectory: true,
        Properties: ["id", "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation",
            "preferredLanguage", "surname", "userPrincipalName", "department", "companyName", "userType", "accountEnabled",
            "identities", "creationType", "externalUserState"],
        DefaultSelect: ["businessPhones", "displayName", "givenName", "id", "jobTitle", "mail", "mobilePhone", "officeLocation",
            "preferredLanguage", "surname", "userPrincipalName"],
        TokenizedSearch: ["displayName"],
        StartsWithSearch: ["mail", "userPrincipalName", "givenName", "surname", "jobTitle", "department"],
        Expansions: new Dictionary<string, Navigation>
        {
            // user-list-manager: $expand=manager($levels=n) walks up the chain.
            ["manager"] = new(() => Users!, // read after initialization
                (user, snapshot) => snapshot.Users.Find(user.Link(Links.ManagerId)) is { } manager ? [manager] : [],
                IsCollection: false, TakesSelectAndLevels: true, NamesType: true),
        });

    public static readonly ResourceKind Groups = new(
        "groups", "microsoft.graph.group", IsDirectory: true,
        Properties: ["id", "displayName", "description", "mail", "mailEnabled", "mailNickname", "securityEnabled", "groupTypes",
            "visibility", "createdDateTime"],
        TokenizedSearch: ["displayName", "description"],
        StartsWithSearch: ["mail", "mailNickname"]);

    public static readonly ResourceKind ServicePrincipals = new(
        "servicePrincipals", "microsoft.graph.servicePrincipal", IsDirectory: true,
        Properties: ["id", "appId", "displayName", "appDisplayName", "description", "servicePrincipalType", "accountEnabled"],
        TokenizedSearch: ["displayName", "description"],
        StartsWithSearch: ["appId", "appDisplayName"]);

    /// <summary>Members and sponsors: users and groups in one collection, each with its <c>@odata.type</c>; <c>$select</c>
    /// may name what either has.</summary>
    public static readonly ResourceKind DirectoryObjects = new(
        "directoryObjects", "microsoft.graph.directoryObject", IsDirectory: true,
        Properties: [.. Users.Properties.Union(Groups.Properties)]);

    /// <summary>The kind of a user or group found by id, or null.</summary>
    public static (ResourceKind Kind, Entity Entity)? UserOrGroup(string id, TenantSnapshot snapshot) =>
        snapshot.Users.Find(id) is { } user ? (Users, user)
        : snapshot.Groups.Find(id) is { } group ? (Groups, group)
        : null;

    public static (ResourceKind Kind, EntitySet Set)? Find(string segment, TenantSnapshot snapshot) => segment switch
    {
        "users" => (Users, snapshot.Users),
        "groups" => (Groups, snapshot.Groups),
        "servicePrincipals" => (ServicePrincipals, snapshot.ServicePrincipals),
        _ => null,
    };
}
