using PolicyPortal.Sandbox.Directory;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Seed;

namespace PolicyPortal.Sandbox.Tests.Query;

public sealed class FilterExpressionTests
{
    private static List<string?> Users(string filter)
    {
        var predicate = FilterExpression.Parse(filter, DirectoryKinds.Users, out _);
        return [.. SeedData.For(SandboxScale.Standard).Users.Items.Where(predicate).Select(u => u.GetString("displayName"))];
    }

    [Fact]
    public void Filter_EqWithDoubledQuote_MatchesTheApostropheName()
    {
        Users("displayName eq 'Siobhán O''Brien'").ShouldBe(["Siobhán O'Brien"]);
    }

    [Fact]
    public void Filter_FunctionsAndLogic_Combine()
    {
        Users("startswith(displayName,'meg') and not contains(tolower(displayName),'lee')").ShouldBe(["Megan Bowen"]);
        Users($"id in ('{SandboxSeedIds.Users.AdeleVance}', '{SandboxSeedIds.Users.AlexWilber}') or displayName eq 'Zoë Müller'")
            .ShouldBe(["Adele Vance", "Alex Wilber", "Zoë Müller"], ignoreOrder: true);
        Users("userType eq 'Guest' and endswith(mail,'@fabrikam.example')").ShouldContain("Sean O'Neill");
        Users("accountEnabled eq false").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("displayName ne 'a'", true)]
    [InlineData("not startswith(displayName,'a')", true)]
    [InlineData("endswith(mail,'.example')", true)]
    [InlineData("startswith(displayName,'a') or displayName eq 'b'", false)]
    public void Filter_AdvancedOperators_AreReported(string filter, bool advanced)
    {
        FilterExpression.Parse(filter, DirectoryKinds.Users, out var reported);

        reported.ShouldBe(advanced);
    }

    [Theory]
    [InlineData("displayName eq 'a' and")]
    [InlineData("contains(displayName)")]
    [InlineData("displayName eq 'a' )")]
    [InlineData("displayName ~ 'a'")]
    public void Filter_Malformed_ThrowsBadRequest(string filter)
    {
        var error = Should.Throw<GraphException>(() => FilterExpression.Parse(filter, DirectoryKinds.Users, out _));

        error.Status.ShouldBe(400);
        error.Code.ShouldBe("Request_BadRequest");
    }
}
