using PolicyPortal.Sandbox;

namespace PolicyPortal.Testing;

/// <summary>
/// The Graph v1.0 docs' create and update request bodies (tests/fixtures/graph/examples), as printed, with the docs'
/// object ids pointed at the sandbox seed so that the bodies refer to people and packages that exist.
/// </summary>
public static class DocsExamples
{
    /// <summary>The four create examples and the update example, by file-name prefix.</summary>
    public static TheoryData<string> All { get; } = ["create-example-1", "create-example-2", "create-example-3", "create-example-4", "update-example"];

    // Doc ids -> seeded ids.
    private static readonly Dictionary<string, string> IdMap = new()
    {
        ["a2e1ca1e-4e56-47d2-9daa-e2ba8d12a82b"] = SandboxSeedIds.AccessPackages.MarketingCampaignTools,
        ["8a36831e-1527-4b2b-aff2-81259a8d8e76"] = SandboxSeedIds.AccessPackages.NewHireOnboarding,
        ["977c7ff4-ef8f-4910-9d31-49048ddf3120"] = SandboxSeedIds.AccessPackages.MarketingCampaignTools,
        ["49d2c59b-0a81-463d-a8ec-ddad3935d8a0"] = SandboxSeedIds.AccessPackages.FinanceReporting,
        ["7deff43e-1f17-44ef-9e5f-d516b0ba11d4"] = SandboxSeedIds.Users.AdeleVance,
        ["46184453-e63b-4f20-86c2-c557ed5d5df9"] = SandboxSeedIds.Users.NestorWilke,
        ["08a551cb-575a-4343-b914-f6e42798bd20"] = SandboxSeedIds.Users.MeganBowen,
        ["e6bf4d7d-6824-4dd0-809d-5bf42d4817c2"] = SandboxSeedIds.Users.MeganBowen,
        ["1623f912-5e86-41c2-af47-39dd67582b66"] = SandboxSeedIds.Groups.PartnerReviewers,
    };

    /// <summary>The example's request body exactly as the docs print it.</summary>
    public static string AsPrinted(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "graph", "examples"), prefix + "*.request.json").Single());

    /// <summary>The example with the docs' ids replaced by seeded ones (nothing else changed).</summary>
    public static string Seeded(string prefix) =>
        IdMap.Aggregate(AsPrinted(prefix), (text, pair) => text.Replace(pair.Key, pair.Value, StringComparison.Ordinal));
}
