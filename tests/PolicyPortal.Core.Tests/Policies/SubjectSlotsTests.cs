using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Tests.Policies;

public sealed class SubjectSlotsTests
{
    [Fact]
    public void AllowedKinds_PrimaryApprovers_AreTheDocumentedList()
    {
        SubjectSlots.AllowedKinds(SubjectSlot.PrimaryApprovers).ShouldBe(
            [SubjectKind.User, SubjectKind.Group, SubjectKind.RequestorManager, SubjectKind.InternalSponsors, SubjectKind.ExternalSponsors, SubjectKind.TargetUserSponsors],
            ignoreOrder: true);
    }

    [Theory]
    [InlineData(SubjectSlot.FallbackPrimaryApprovers)]
    [InlineData(SubjectSlot.FallbackEscalationApprovers)]
    [InlineData(SubjectSlot.FallbackReviewers)]
    public void AllowedKinds_FallbackSlots_AreUsersOrGroups(SubjectSlot slot)
    {
        SubjectSlots.AllowedKinds(slot).ShouldBe([SubjectKind.User, SubjectKind.Group], ignoreOrder: true);
    }

    [Fact]
    public void AllowedKinds_OnBehalfRequestors_IncludeTargetManagerAndOwners()
    {
        SubjectSlots.AllowedKinds(SubjectSlot.OnBehalfRequestors).ShouldContain(SubjectKind.TargetManager);
        SubjectSlots.AllowedKinds(SubjectSlot.OnBehalfRequestors).ShouldContain(SubjectKind.TargetApplicationOwners);
        SubjectSlots.AllowedKinds(SubjectSlot.OnBehalfRequestors).ShouldNotContain(SubjectKind.RequestorManager);
    }

    [Theory]
    [InlineData(AllowedTargetScope.SpecificDirectoryUsers, new[] { SubjectKind.User, SubjectKind.Group, SubjectKind.AttributeRule })]
    [InlineData(AllowedTargetScope.SpecificConnectedOrganizationUsers, new[] { SubjectKind.ConnectedOrganization })]
    [InlineData(AllowedTargetScope.SpecificDirectoryServicePrincipals, new[] { SubjectKind.ServicePrincipal })]
    [InlineData(AllowedTargetScope.AllMemberUsers, new SubjectKind[0])]
    [InlineData(AllowedTargetScope.NotSpecified, new SubjectKind[0])]
    public void AllowedKinds_Targets_DependOnTheScope(AllowedTargetScope scope, SubjectKind[] kinds)
    {
        SubjectSlots.AllowedKinds(SubjectSlot.SpecificAllowedTargets, scope).ShouldBe(kinds, ignoreOrder: true);
    }

    [Fact]
    public void Every_SubjectKind_FitsSomeSlot()
    {
        Enum.GetValues<SubjectKind>().ShouldAllBe(kind => Enum.GetValues<SubjectSlot>().Any(slot => SubjectSlots.AllowedKinds(slot).Contains(kind)));
    }

    [Fact]
    public void Describe_Subjects_ReadsPlainly()
    {
        Subject.RequestorManager(2).ToString().ShouldBe("Requestor's manager (level 2)");
        Subject.User("u1", "Ann Lee").ToString().ShouldBe("Ann Lee");
        Subject.AttributeRule("(user.department -eq \"Sales\")").ToString().ShouldBe("Users matching a rule: (user.department -eq \"Sales\")");
    }
}
