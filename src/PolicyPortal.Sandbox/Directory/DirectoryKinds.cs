using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Directory;

/// <summary>Users, groups and service principals as the query pipeline sees them.</summary>
internal static class DirectoryKinds
{
    public static readonly ResourceKind Users = new(
        "users", "microsoft.graph.user", IsDirectory: true,
        Properties: ["id", "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation",
            "preferredLanguage", "surname", "userPrincipalName", "department", "companyName", "userType", "accountEnabled"],
        DefaultSelect: ["businessPhones", "displayName", "givenName", "id", "jobTitle", "mail", "mobilePhone", "officeLocation",
            "preferredLanguage", "surname", "userPrincipalName"],
        TokenizedSearch: ["displayName"],
        StartsWithSearch: ["mail", "userPrincipalName", "givenName", "surname", "jobTitle", "department"]);

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

    public static (ResourceKind Kind, EntitySet Set)? Find(string segment, TenantSnapshot snapshot) => segment switch
    {
        "users" => (Users, snapshot.Users),
        "groups" => (Groups, snapshot.Groups),
        "servicePrincipals" => (ServicePrincipals, snapshot.ServicePrincipals),
        _ => null,
    };
}
