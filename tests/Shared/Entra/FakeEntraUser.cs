namespace PolicyPortal.Testing;

/// <summary>Who <see cref="FakeEntraAuthority"/> signs in next: the claims Entra would put in the tokens.</summary>
public sealed record FakeEntraUser(string Name, string[] Roles, string[] DirectoryRoles)
{
    public string ObjectId { get; } = Guid.NewGuid().ToString();

    public string UserName => Name.Replace(' ', '.').ToLowerInvariant() + "@contoso.test";

    public static FakeEntraUser WithAppRoles(string name, params string[] roles) => new(name, roles, []);

    public static FakeEntraUser WithDirectoryRoles(string name, params string[] templateIds) => new(name, [], templateIds);
}
