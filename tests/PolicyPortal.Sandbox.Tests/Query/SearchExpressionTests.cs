using System.Text.Json.Nodes;
using PolicyPortal.Sandbox.Directory;
using PolicyPortal.Sandbox.Http;
using PolicyPortal.Sandbox.Query;
using PolicyPortal.Sandbox.Seed;
using PolicyPortal.Sandbox.Store;

namespace PolicyPortal.Sandbox.Tests.Query;

/// <summary>$search semantics (spec §10) over the seed directory, without HTTP.</summary>
public sealed class SearchExpressionTests
{
    private static List<string?> Users(string search)
    {
        var predicate = SearchExpression.Parse(search, DirectoryKinds.Users);
        return [.. SeedData.For(SandboxScale.Standard).Users.Items.Where(predicate).Select(u => u.GetString("displayName"))];
    }

    private static Entity Group(string name, string description = "") =>
        new("g", SandboxJson.ToElement(new JsonObject { ["id"] = "g", ["displayName"] = name, ["description"] = description }));

    [Theory]
    [InlineData("OneVideo", new[] { "One", "Video" })]
    [InlineData("<b>Ops</b>", new[] { "b", "Ops", "b" })]
    [InlineData("Siobhán O'Brien", new[] { "Siobhán", "O", "Brien" })]
    [InlineData("Project2026x", new[] { "Project", "2026", "x" })]
    public void Tokenize_SplitsOnSymbolsDigitsAndCaseChanges(string text, string[] tokens)
    {
        SearchTokenizer.Tokenize(text).ShouldBe(tokens);
    }

    [Fact]
    public void Search_Prefix_MatchesAnyWordCaseInsensitively()
    {
        Users("\"displayName:MEG\"").ShouldBe(["Megan Bowen", "Meghan Lee"], ignoreOrder: true);
        Users("\"displayName:bow meg\"").ShouldBe(["Megan Bowen"]);
    }

    [Fact]
    public void Search_NoContainsSemantics_DoesNotMatchInsideWords()
    {
        Users("\"displayName:egan\"").ShouldBeEmpty();
    }

    [Fact]
    public void Search_AndOr_CombineClauses()
    {
        Users("\"displayName:meg\" AND \"mail:megan\"").ShouldBe(["Megan Bowen"]);
        Users("\"displayName:adele\" OR \"displayName:alex wil\"").ShouldBe(["Adele Vance", "Alex Wilber"], ignoreOrder: true);
        Users("(\"displayName:adele\" OR \"displayName:zoë\") AND \"department:Fin\"").ShouldBe(["Adele Vance"]);
    }

    [Fact]
    public void Search_MailAndUpn_AreStartsWithNotTokenized()
    {
        Users("\"mail:siobhan.ob\"").ShouldBe(["Siobhán O'Brien"]);
        Users("\"userPrincipalName:obrien\"").ShouldBeEmpty();
    }

    [Fact]
    public void Search_QuotedClause_UnescapesQuoteAndBackslash()
    {
        var group = Group("Say \"Hi\" \\ Bye", "Greeters");

        SearchExpression.Parse("\"displayName:\\\"hi\\\"\"", DirectoryKinds.Groups)(group).ShouldBeTrue();
        SearchExpression.Parse("\"description:greet\"", DirectoryKinds.Groups)(group).ShouldBeTrue();
        SearchExpression.Parse("\"description:bye\"", DirectoryKinds.Groups)(group).ShouldBeFalse();
    }

    [Fact]
    public void Search_ApostropheName_MatchesEachPart()
    {
        Users("\"displayName:o'brien\"").ShouldBe(["Siobhán O'Brien"]);
    }

    [Theory]
    [InlineData("\"displayName:meg\"")]
    [InlineData("\"displayName:o'b\"")]
    [InlineData("\"displayName:ana lo\"")]
    [InlineData("\"displayName:zö\" OR \"mail:zoe\"")]
    [InlineData("\"mail:rafael\" OR \"userPrincipalName:RAFAEL\"")]
    [InlineData("\"displayName:a\" AND \"department:sa\"")]
    [InlineData("\"jobTitle:\"")]
    [InlineData("\"displayName:!!\"")]
    public void Search_FromTheSetsIndexes_FindsExactlyWhatReadingEveryUserFinds(string search)
    {
        var users = SeedData.For(SandboxScale.Standard).Users;

        var indexed = users.Items.Where(SearchExpression.Parse(search, DirectoryKinds.Users, users)).Select(u => u.Id);

        indexed.ShouldBe(users.Items.Where(SearchExpression.Parse(search, DirectoryKinds.Users)).Select(u => u.Id));
    }
}
