using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>The people of Northwind Traders, a fictional company: an org chart of members plus guests.
/// A fixed random seed keeps it identical on every run.</summary>
internal static class SeedPeople
{
    public const string Domain = "northwind.example";

    internal static readonly string[] FirstNames =
    [
        "Aaron", "Abigail", "Ahmed", "Aiko", "Amara", "Ana", "Andrew", "Anika", "Ben", "Björn", "Carlos", "Chen",
        "Chloé", "Daniel", "Dmitri", "Elena", "Emma", "Fatima", "François", "Grace", "Hannah", "Hiroshi", "Ingrid",
        "Isabel", "Jack", "Jonas", "Kai", "Karen", "Lars", "Laura", "Leila", "Liam", "Lucía", "Maya", "Mohammed",
        "Nadia", "Noah", "Olivia", "Omar", "Paulo", "Priya", "Quinn", "Rahul", "Renée", "Ruth", "Samuel", "Sofia",
        "Søren", "Tariq", "Thomas", "Uma", "Victor", "Wei", "Yara", "Yusuf", "Zara", "Łukasz", "Ngozi", "Mateo", "Ida",
    ];

    internal static readonly string[] LastNames =
    [
        "Anderson", "Bakker", "Brown", "Castillo", "Chen", "Costa", "Dubois", "Eriksson", "Fischer", "García",
        "Gupta", "Hansen", "Hernández", "Ito", "Jensen", "Johnson", "Kim", "Kowalski", "Larsen", "Lopez", "Martin",
        "Mendes", "Meyer", "Moreau", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Peña", "Petrov",
        "Quinn", "Rossi", "Santos", "Schmidt", "Silva", "Singh", "Smith", "Sørensen", "Tanaka", "Taylor", "Thompson",
        "Walker", "Wang", "Weber", "Williams", "Yilmaz", "Zhang", "O'Connor", "D'Angelo", "MacLeod", "van Dijk",
    ];

    // Department, its job titles (first is the director's, second the team leads').
    private static readonly (string Department, string[] Titles, string Office)[] Departments =
    [
        ("Sales", ["Sales Director", "Sales Manager", "Account Executive", "Sales Representative", "Sales Operations Analyst"], "Seattle"),
        ("Marketing", ["Marketing Director", "Marketing Manager", "Product Marketing Manager", "Content Strategist", "Campaign Specialist"], "Seattle"),
        ("Finance", ["Finance Director", "Finance Manager", "Financial Analyst", "Accountant", "Payroll Specialist"], "Chicago"),
        ("Engineering", ["VP Engineering", "Engineering Manager", "Software Engineer", "Senior Software Engineer", "QA Engineer", "DevOps Engineer"], "Dublin"),
        ("Human Resources", ["HR Director", "HR Manager", "HR Business Partner", "Recruiter"], "Chicago"),
        ("Legal", ["General Counsel", "Legal Manager", "Paralegal", "Compliance Officer"], "London"),
        ("Operations", ["Operations Director", "Operations Manager", "Operations Analyst", "Facilities Coordinator"], "Chicago"),
        ("Customer Support", ["Support Director", "Support Manager", "Support Engineer", "Customer Success Manager"], "Manila"),
        ("IT", ["IT Director", "IT Manager", "Systems Administrator", "Identity Engineer", "Help Desk Technician"], "Dublin"),
        ("Research", ["Research Director", "Research Manager", "Data Scientist", "Research Analyst"], "Munich"),
    ];

    // Well-known people tests and demos rely on: name, department, title.
    // Everyone else prefers en-US.
    private static readonly Dictionary<string, string> PreferredLanguages = new(StringComparer.Ordinal)
    {
        ["José Álvarez"] = "es-ES", ["Zoë Müller"] = "de-DE", ["Amélie Laurent"] = "fr-FR",
    };

    private static readonly (string Name, string Department, string Title)[] WellKnown =
    [
        ("Megan Bowen", "Marketing", "Product Marketing Manager"),
        ("Meghan Lee", "Sales", "Account Executive"),
        ("Adele Vance", "Finance", "Finance Director"),
        ("Alex Wilber", "Marketing", "Campaign Specialist"),
        ("Nestor Wilke", "IT", "IT Director"),
        ("Lidia Holloway", "Engineering", "Engineering Manager"),
        ("Zoë Müller", "Engineering", "Senior Software Engineer"),
        ("José Álvarez", "Sales", "Sales Representative"),
        ("Siobhán O'Brien", "Legal", "Compliance Officer"),
    ];

    private static readonly (string Name, string Domain)[] Guests =
    [
        ("Rafael Souza", "contoso.example"), ("Mei Lin", "contoso.example"), ("Oskar Lindqvist", "contoso.example"),
        ("Amélie Laurent", "fabrikam.example"), ("Kwame Mensah", "fabrikam.example"), ("Sean O'Neill", "fabrikam.example"),
        ("Hana Kobayashi", "tailspintoys.example"), ("Diego Ramírez", "tailspintoys.example"),
        ("Freya Nilsen", "contoso.example"), ("Ravi Iyer", "fabrikam.example"), ("Greta Huber", "contoso.example"),
        ("Marcus Bell", "fabrikam.example"), ("Ines Duarte", "contoso.example"), ("Tomás Ruiz", "fabrikam.example"),
        ("Aisha Bello", "contoso.example"), ("Felix Braun", "tailspintoys.example"),
    ];

    private const int MembersPerDepartment = 45;

    public static List<SeedUser> Create()
    {
        var random = new Random(20_261_128);
        var users = new List<SeedUser>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var ceo = Member("Patti Fernandez", "Executive", "Chief Executive Officer", "Seattle", managerId: null, taken);
        users.Add(ceo);
        foreach (var (department, titles, office) in Departments)
        {
            var known = WellKnown.Where(w => w.Department == department).ToList();
            var directorName = known.FirstOrDefault(k => k.Title == titles[0]).Name ?? NextName(random, taken);
            var director = Member(directorName, department, titles[0], office, ceo.Id, taken);
            users.Add(director);
            var leads = new List<SeedUser>();
            for (var i = 0; i < 2; i++)
            {
                var leadName = i == 0 ? known.FirstOrDefault(k => k.Title == titles[1]).Name : null;
                var lead = Member(leadName ?? NextName(random, taken), department, titles[1], office, director.Id, taken);
                leads.Add(lead);
                users.Add(lead);
            }
            foreach (var (name, _, title) in known.Where(k => k.Title != titles[0] && k.Title != titles[1]))
            {
                users.Add(Member(name, department, title, office, leads[0].Id, taken));
            }
            while (users.Count(u => u.Department == department) < MembersPerDepartment)
            {
                var title = titles[2 + random.Next(titles.Length - 2)];
                users.Add(Member(NextName(random, taken), department, title, office, leads[random.Next(leads.Count)].Id, taken));
            }
        }
        users.AddRange(Guests.Select(g => Guest(g.Name, g.Domain)));
        return users;
    }

    private static string NextName(Random random, HashSet<string> taken)
    {
        while (true)
        {
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            if (!taken.Contains(name) && !WellKnown.Any(w => w.Name == name))
            {
                return name;
            }
        }
    }

    private static SeedUser Member(string name, string department, string title, string office, string? managerId, HashSet<string> taken)
    {
        taken.Add(name);
        var (given, surname) = Split(name);
        var mail = $"{MailLocalPart(given)}.{MailLocalPart(surname)}@{Domain}";
        var phone = $"+1 425 555 {(Math.Abs(name.GetStableHash()) % 10_000).ToString("D4", CultureInfo.InvariantCulture)}";
        return new SeedUser(DeterministicGuid.For("user", name), name, given, surname, mail, mail, title, department,
            office, phone, "Member", managerId, Language(name));
    }

    private static SeedUser Guest(string name, string homeDomain)
    {
        var (given, surname) = Split(name);
        var mail = $"{MailLocalPart(given)}.{MailLocalPart(surname)}@{homeDomain}";
        var upn = $"{mail.Replace('@', '_')}#EXT#@{Domain}";
        return new SeedUser(DeterministicGuid.For("user", name), name, given, surname, mail, upn, null, null, null,
            null, "Guest", null, Language(name));
    }

    private static string Language(string name) => PreferredLanguages.GetValueOrDefault(name, "en-US");

    private static (string Given, string Surname) Split(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return (name[..space], name[(space + 1)..]);
    }

    // Mail addresses are ASCII: strip accents and anything that is not a letter.
    private static string MailLocalPart(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Replace("Ł", "L", StringComparison.Ordinal).Replace("ł", "l", StringComparison.Ordinal)
                     .Replace("ø", "o", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    private static int GetStableHash(this string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash == int.MinValue ? 0 : hash;
    }
}

internal sealed record SeedUser(
    string Id, string DisplayName, string GivenName, string Surname, string Mail, string UserPrincipalName,
    string? JobTitle, string? Department, string? OfficeLocation, string? Phone, string UserType, string? ManagerId, string PreferredLanguage)
{
    private bool IsGuest => UserType == "Guest";

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["businessPhones"] = Phone is null ? new JsonArray() : new JsonArray(Phone),
        ["displayName"] = DisplayName,
        ["givenName"] = GivenName,
        ["jobTitle"] = JobTitle,
        ["mail"] = Mail,
        ["mobilePhone"] = null,
        ["officeLocation"] = OfficeLocation,
        ["preferredLanguage"] = PreferredLanguage,
        ["surname"] = Surname,
        ["userPrincipalName"] = UserPrincipalName,
        ["department"] = Department,
        ["companyName"] = UserType == "Member" ? "Northwind Traders" : null,
        ["userType"] = UserType,
        ["accountEnabled"] = true,
        // objectIdentity: a guest from another organization signs in there, and its issuer is that organization's
        // domain; a member signs in here with its user principal name. Invited guests have accepted.
        ["identities"] = new JsonArray(IsGuest
            ? new JsonObject { ["signInType"] = "federated", ["issuer"] = Mail[(Mail.IndexOf('@', StringComparison.Ordinal) + 1)..], ["issuerAssignedId"] = null }
            : new JsonObject { ["signInType"] = "userPrincipalName", ["issuer"] = SeedPeople.Domain, ["issuerAssignedId"] = UserPrincipalName }),
        ["creationType"] = IsGuest ? "Invitation" : null,
        ["externalUserState"] = IsGuest ? "Accepted" : null,
    };
}
