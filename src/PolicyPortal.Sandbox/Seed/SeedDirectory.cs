using System.Text.Json.Nodes;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>Groups and service principals of the fictional tenant.</summary>
internal static class SeedDirectory
{
    private static readonly (string Name, string Description, bool Mail)[] GroupDefinitions =
    [
        ("Finance Approvers", "Approves access to finance systems and reports.", false),
        ("Partner Reviewers", "Reviews partner and guest access every quarter.", false),
        ("<b>Ops</b>", "Operations on-call rota (name kept with markup on purpose).", true),
        ("All Employees", "Every member of Northwind Traders.", true),
        ("Sales Team", "Everyone in Sales.", true),
        ("Marketing Team", "Everyone in Marketing.", true),
        ("Finance Team", "Everyone in Finance.", true),
        ("Engineering Team", "Everyone in Engineering.", true),
        ("Human Resources Team", "Everyone in Human Resources.", true),
        ("Legal Team", "Everyone in Legal.", true),
        ("Operations Team", "Everyone in Operations.", true),
        ("Customer Support Team", "Everyone in Customer Support.", true),
        ("IT Team", "Everyone in IT.", true),
        ("Research Team", "Everyone in Research.", true),
        ("Engineering Leads", "Engineering managers and staff engineers.", false),
        ("Security Champions", "Volunteers who review security-sensitive changes.", false),
        ("Access Reviewers", "Default reviewers for access package reviews.", false),
        ("Sales Managers", "Sales team leads and directors.", false),
        ("Marketing Approvers", "Approves marketing tool access.", false),
        ("IT Admins", "Administrators of the identity platform.", false),
        ("Help Desk", "First-line support for employees.", true),
        ("Project Phoenix", "Cross-team migration project.", true),
        ("Project Atlas", "Data platform rebuild.", true),
        ("Café & Social Club", "Coffee mornings and team events.", true),
        ("O'Reilly Book Club", "Monthly technical book club.", true),
        ("Women in Tech", "Community and mentoring network.", true),
        ("New Hires 2026", "Everyone who joined in 2026.", false),
        ("Contractors", "External contractors with member accounts.", false),
        ("Executive Team", "The leadership team.", true),
        ("Legal Hold Reviewers", "Reviews legal hold requests.", false),
        ("Data Science Guild", "Data scientists across departments.", true),
        ("Budget Owners", "Owners of cost centres.", false),
        ("Procurement", "Purchasing and vendor management.", true),
        ("VPN Users", "Allowed to use the corporate VPN.", false),
        ("Partner Portal Users", "Guests using the partner portal.", false),
        ("Customer Advisory Board", "Customers advising the product team.", true),
        ("R&D Lab Access", "Physical access to the research lab.", false),
        ("Zürich Office", "Staff based in the Zürich office.", true),
    ];

    private static readonly (string Name, string Description, string Type)[] ServicePrincipalDefinitions =
    [
        ("Payroll Connector", "Pushes payroll changes to the HR system.", "Application"),
        ("Sales Insights", "Reporting app for the sales pipeline.", "Application"),
        ("Provisioning Bot", "Provisions accounts in partner systems.", "Application"),
        ("HR Sync Service", "Synchronizes HR records into the directory.", "Application"),
        ("Partner Portal", "The partner-facing web portal.", "Application"),
        ("Backup Agent", "Managed identity of the nightly backup job.", "ManagedIdentity"),
    ];

    public static IEnumerable<JsonObject> Groups() => GroupDefinitions.Select(g =>
    {
        var nickname = new string([.. g.Name.Where(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
        return new JsonObject
        {
            ["id"] = DeterministicGuid.For("group", g.Name),
            ["displayName"] = g.Name,
            ["description"] = g.Description,
            ["mail"] = g.Mail ? $"{nickname}@{SeedPeople.Domain}" : null,
            ["mailEnabled"] = g.Mail,
            ["mailNickname"] = nickname,
            ["securityEnabled"] = !g.Mail,
            ["groupTypes"] = g.Mail ? new JsonArray("Unified") : new JsonArray(),
            ["visibility"] = g.Mail ? "Public" : null,
            ["createdDateTime"] = "2024-01-15T09:00:00Z",
        };
    });

    public static IEnumerable<JsonObject> ServicePrincipals() => ServicePrincipalDefinitions.Select(s => new JsonObject
    {
        ["id"] = DeterministicGuid.For("servicePrincipal", s.Name),
        ["appId"] = DeterministicGuid.For("application", s.Name),
        ["displayName"] = s.Name,
        ["appDisplayName"] = s.Name,
        ["description"] = s.Description,
        ["servicePrincipalType"] = s.Type,
        ["accountEnabled"] = true,
    });
}
