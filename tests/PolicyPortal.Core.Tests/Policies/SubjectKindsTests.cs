using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Tests.Policies;

public sealed class SubjectKindsTests
{
    [Fact]
    public void DirectoryObjectKinds_AreTheKindsWithAnObjectId_InEnumOrder()
    {
        SubjectKinds.DirectoryObjectKinds.ShouldBe([SubjectKind.User, SubjectKind.Group, SubjectKind.ServicePrincipal, SubjectKind.ConnectedOrganization]);
        Enum.GetValues<SubjectKind>().Where(SubjectKinds.HasObjectId).ShouldBe(SubjectKinds.DirectoryObjectKinds);
    }

    [Theory]
    [InlineData(SubjectKind.User, "User", "Specific user")]
    [InlineData(SubjectKind.Group, "Group", "Members of a group")]
    [InlineData(SubjectKind.ServicePrincipal, "Service principal", "Service principal")]
    [InlineData(SubjectKind.ConnectedOrganization, "Connected organization", "Users of a connected organization")]
    [InlineData(SubjectKind.RequestorManager, "Requestor's manager", "Requestor's manager")]
    public void ObjectName_AndTitle_ReadAsThePickerAndTheSlotShowThem(SubjectKind kind, string objectName, string title)
    {
        SubjectKinds.ObjectName(kind).ShouldBe(objectName);
        SubjectKinds.Title(kind).ShouldBe(title);
    }

    [Fact]
    public void Title_EveryKind_HasPlainWordsOfItsOwn()
    {
        var titles = Enum.GetValues<SubjectKind>().Select(SubjectKinds.Title).ToList();

        titles.ShouldAllBe(title => title.Contains(' '), "a kind without a row reads as its enum name");
        titles.ShouldBeUnique();
    }
}
