using PolicyPortal.Testing;

namespace PolicyPortal.Graph.Tests.Support;

/// <summary>Reads test fixtures copied to the output folder.</summary>
internal static class Fixture
{
    public const string Example1 = "create-example-1-create-a-direct-assignment-policy.request.json";
    public const string Example2 = "create-example-2-create-a-policy-for-users-from-other-organizations-to-request.request.json";
    public const string Example3 = "create-example-3-create-a-policy-that-automatically-creates-assignments-based-on-a-membership-rule.request.json";
    public const string Example4 = "create-example-4-create-a-policy-where-requestors-are-asked-to-answer-questions.request.json";
    public const string Example4Response = "create-example-4-create-a-policy-where-requestors-are-asked-to-answer-questions.response.json";
    public const string UpdateExample = "update-example-update-accesspackageassignmentpolicy.request.json";

    /// <summary>A Graph docs example (shared fixtures, unchanged).</summary>
    public static string DocsExample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "graph", "examples", name));

    /// <summary>An example written for this test project (Fixtures/README.md).</summary>
    public static string Local(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string SchemaText() => File.ReadAllText(GraphSchema.FilePath);
}
