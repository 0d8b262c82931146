using PolicyPortal.Core.Diff;

namespace PolicyPortal.Core.Tests.Diff;

public sealed class JsonDiffTests
{
    [Fact]
    public void Compare_SameMembersInAnotherOrder_IsEmpty()
    {
        JsonDiff.Compare("""{"a":1,"b":{"c":true,"d":[1,2]}}""", """{"b":{"d":[1,2],"c":true},"a":1}""").ShouldBeEmpty();
    }

    [Fact]
    public void Compare_ChangedAddedAndRemovedValues_ListsTheirPathsWithOldAndNewJson()
    {
        var changes = JsonDiff.Compare(
            """{"displayName":"A","stages":[{"primaryApprovers":[{"@odata.type":"#microsoft.graph.singleUser","userId":"1"}]}],"old":1}""",
            """{"displayName":"B","stages":[{"primaryApprovers":[{"@odata.type":"#microsoft.graph.singleUser","userId":"2"}]},{"x":[]}],"new":{"y":2}}""");

        changes.ShouldBe(
        [
            new JsonChange("$.displayName", "\"A\"", "\"B\""),
            new JsonChange("$.stages[0].primaryApprovers[0].userId", "\"1\"", "\"2\""),
            new JsonChange("$.stages[1]", null, """{"x":[]}"""),
            new JsonChange("$.old", "1", null),
            new JsonChange("$.new", null, """{"y":2}"""),
        ]);
    }

    [Fact]
    public void Compare_ArrayElementsSwapped_ReportsEachIndex()
    {
        JsonDiff.Compare("""{"a":["x","y"]}""", """{"a":["y","x"]}""").Select(c => c.Path).ShouldBe(["$.a[0]", "$.a[1]"]);
    }
}
