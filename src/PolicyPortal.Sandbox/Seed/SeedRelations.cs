using System.Collections.Immutable;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>Who is in which group, and who sponsors whom, chosen so that every case a requestor can meet occurs: a
/// team group per department, groups nested in groups (All Employees holds the teams; Partner Reviewers holds Sales
/// Managers), an empty group, guests with sponsors and without, and connected organizations with and without sponsors.</summary>
internal static class SeedRelations
{
    private static readonly (string Department, string Team)[] Teams =
    [
        ("Sales", "Sales Team"), ("Marketing", "Marketing Team"), ("Finance", "Finance Team"), ("Engineering", "Engineering Team"),
        ("Human Resources", "Human Resources Team"), ("Legal", "Legal Team"), ("Operations", "Operations Team"),
        ("Customer Support", "Customer Support Team"), ("IT", "IT Team"), ("Research", "Research Team"),
    ];

    public static DirectoryRelations Create(IReadOnlyList<SeedUser> users)
    {
        var ceo = users.Single(u => u.ManagerId is null && u.UserType == "Member");
        ImmutableArray<string> Titled(string department, params string[] titles) =>
            [.. users.Where(u => u.Department == department && titles.Contains(u.JobTitle)).Select(u => u.Id)];

        var members = Teams.ToDictionary(t => Group(t.Team), t => ImmutableArray.CreateRange(users.Where(u => u.Department == t.Department).Select(u => u.Id)));
        members[Group("All Employees")] = [ceo.Id, .. Teams.Select(t => Group(t.Team))];
        members[Group("Executive Team")] = [ceo.Id, .. users.Where(u => u.ManagerId == ceo.Id).Select(u => u.Id)];
        members[Group("Finance Approvers")] = Titled("Finance", "Finance Director", "Finance Manager");
        members[Group("Sales Managers")] = Titled("Sales", "Sales Director", "Sales Manager");
        members[Group("Partner Reviewers")] = [User("Megan Bowen"), Group("Sales Managers")];
        members[Group("IT Admins")] = Titled("IT", "Systems Administrator", "Identity Engineer");
        members[Group("Access Reviewers")] = [User("Nestor Wilke"), Group("IT Admins")];
        members[Group("Engineering Leads")] = Titled("Engineering", "VP Engineering", "Engineering Manager");
        members[Group("Partner Portal Users")] = [.. users.Where(u => u.UserType == "Guest").Select(u => u.Id)];
        // Legal Hold Reviewers stays empty: a group whose members are nobody.

        var sponsors = new Dictionary<string, ImmutableArray<string>>
        {
            [User("Rafael Souza")] = [User("Megan Bowen")],
            [User("Mei Lin")] = [User("Megan Bowen"), Group("Partner Reviewers")],
            [User("Amélie Laurent")] = [User("Adele Vance")],
            [User("Hana Kobayashi")] = [User("Alex Wilber")],
        };
        var internalSponsors = new Dictionary<string, ImmutableArray<string>>
        {
            [Organization("Contoso Partners")] = [User("Megan Bowen")],
            [Organization("Fabrikam")] = [Group("Partner Reviewers")],
        };
        var externalSponsors = new Dictionary<string, ImmutableArray<string>>
        {
            [Organization("Contoso Partners")] = [User("Rafael Souza")],
        };
        return new DirectoryRelations(members, sponsors, internalSponsors, externalSponsors);
    }

    private static string User(string name) => DeterministicGuid.For("user", name);

    private static string Group(string name) => DeterministicGuid.For("group", name);

    private static string Organization(string name) => DeterministicGuid.For("connectedOrganization", name);
}
