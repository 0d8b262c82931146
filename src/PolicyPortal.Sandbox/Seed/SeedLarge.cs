using System.Globalization;
using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>The large tenant (<see cref="SandboxScale.Large"/>): the standard seed, which tests and demos name, plus
/// 200 catalogs of 25 packages each, 100,000 members and 5,000 groups. Generated from counters, not a random seed, so
/// every build is the same; names mix the standard seed's first and last names so that a name search finds a few
/// dozen people, as in a real directory.</summary>
internal static class SeedLarge
{
    public const int Catalogs = 200;
    public const int PackagesPerCatalog = 25;
    public const int Users = 100_000;
    public const int Groups = 5_000;

    private static readonly string[] Departments = ["Sales", "Marketing", "Finance", "Engineering", "Operations", "Support", "Research", "Legal"];

    public static TenantSnapshot AddTo(TenantSnapshot standard) => standard with
    {
        Catalogs = new EntitySet(standard.Catalogs.Items.Concat(Range(Catalogs).Select(c => SeedData.ToEntity(
            SeedEntitlement.Catalog(CatalogName(c), $"Generated catalog {c}.", "userManaged", externallyVisible: c % 10 == 0))))),
        AccessPackages = new EntitySet(standard.AccessPackages.Items.Concat(Range(Catalogs * PackagesPerCatalog).Select(p =>
        {
            var catalog = (p - 1) / PackagesPerCatalog + 1;
            return SeedData.ToEntity(SeedEntitlement.Package(Number($"{Departments[p % Departments.Length]} resources", p, 4), $"Generated package {p} of {CatalogName(catalog)}."),
                new Dictionary<string, string> { [Links.CatalogId] = DeterministicGuid.For("catalog", CatalogName(catalog)) });
        }))),
        Users = new EntitySet(standard.Users.Items.Concat(Range(Users).Select(u => SeedData.ToEntity(User(u))))),
        Groups = new EntitySet(standard.Groups.Items.Concat(Range(Groups).Select(g => SeedData.ToEntity(Group(g))))),
    };

    private static IEnumerable<int> Range(int count) => Enumerable.Range(1, count);

    private static string CatalogName(int number) => Number("Catalog", number, 3);

    private static string Number(string name, int number, int digits) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} {number.ToString($"D{digits}", CultureInfo.InvariantCulture)}");

    private static JsonObject User(int number)
    {
        var first = SeedPeople.FirstNames[number % SeedPeople.FirstNames.Length];
        var last = SeedPeople.LastNames[number / SeedPeople.FirstNames.Length % SeedPeople.LastNames.Length];
        var upn = string.Create(CultureInfo.InvariantCulture, $"user{number:D6}@{SeedPeople.Domain}");
        return new JsonObject
        {
            ["id"] = DeterministicGuid.For("user", upn),
            ["businessPhones"] = new JsonArray(),
            ["displayName"] = Number($"{first} {last}", number, 6),
            ["givenName"] = first,
            ["surname"] = last,
            ["mail"] = upn,
            ["userPrincipalName"] = upn,
            ["department"] = Departments[number % Departments.Length],
            ["userType"] = "Member",
            ["accountEnabled"] = true,
        };
    }

    private static JsonObject Group(int number)
    {
        var name = Number($"{Departments[number % Departments.Length]} team", number, 4);
        return new JsonObject
        {
            ["id"] = DeterministicGuid.For("group", name),
            ["displayName"] = name,
            ["description"] = $"Generated group {number}.",
            ["mail"] = null,
            ["mailEnabled"] = false,
            ["mailNickname"] = string.Create(CultureInfo.InvariantCulture, $"group{number:D4}"),
            ["securityEnabled"] = true,
            ["groupTypes"] = new JsonArray(),
        };
    }
}
