using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Sandbox;

namespace PolicyPortal.Web.Tests.Graph;

/// <summary>Names looked up by id through the real Graph SDK against the sandbox over loopback HTTP.</summary>
public sealed class DirectoryNamesTests(SandboxServiceTest<IDirectoryNames>.Server server) : SandboxServiceTest<IDirectoryNames>(server)
{
    private IDirectoryNames Names => Service;

    [Fact]
    public async Task Find_EveryKindAndAnUnknownId_NamesWhatExistsInOneBatch()
    {
        DirectoryObjectId[] ids =
        [
            new(SubjectKind.User, SandboxSeedIds.Users.AdeleVance),
            new(SubjectKind.Group, SandboxSeedIds.Groups.FinanceApprovers),
            new(SubjectKind.ServicePrincipal, SandboxSeedIds.ServicePrincipals.PayrollConnector),
            new(SubjectKind.ConnectedOrganization, SandboxSeedIds.ConnectedOrganizations.Fabrikam),
            new(SubjectKind.User, Guid.NewGuid().ToString()),
        ];

        var found = await Names.FindAsync(ids, Ct);

        found.Select(e => (e.Kind, e.Id)).ShouldBe(ids[..4].Select(id => (id.Kind, id.Id)), ignoreOrder: true);
        found.Single(e => e.Kind == SubjectKind.User).DisplayName.ShouldBe("Adele Vance");
        found.Single(e => e.Kind == SubjectKind.ConnectedOrganization).DisplayName.ShouldBe("Fabrikam");
        (await Journal.RequestsAsync("POST", "/$batch", Ct)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Find_MoreThanABatchHolds_SendsOneBatchPerTwenty()
    {
        var ids = Enumerable.Range(0, 21).Select(_ => new DirectoryObjectId(SubjectKind.Group, Guid.NewGuid().ToString()))
            .Append(new DirectoryObjectId(SubjectKind.Group, SandboxSeedIds.Groups.SalesTeam))
            .ToList();

        var found = await Names.FindAsync(ids, Ct);

        found.ShouldHaveSingleItem().DisplayName.ShouldBe("Sales Team");
        (await Journal.RequestsAsync("POST", "/$batch", Ct)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Apply_ToAnImportedDraft_PutsNamesOnEverySubjectWithOnlyAnId()
    {
        var draft = new PolicyDraft { AllowedTargetScope = AllowedTargetScope.SpecificDirectoryUsers };
        draft.SpecificAllowedTargets.Add(new Subject(SubjectKind.Group) { ObjectId = SandboxSeedIds.Groups.SalesTeam });
        draft.RequestApproval.Stages[0].PrimaryApprovers.Add(new Subject(SubjectKind.User) { ObjectId = SandboxSeedIds.Users.AdeleVance.ToUpperInvariant() });
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers.Add(new Subject(SubjectKind.User) { ObjectId = SandboxSeedIds.Users.AdeleVance });
        draft.RequestApproval.Stages[0].PrimaryApprovers.Add(new Subject(SubjectKind.RequestorManager));

        var unnamed = SubjectNaming.Unnamed(draft);
        var named = SubjectNaming.Apply(draft, await Names.FindAsync(unnamed, Ct));

        unnamed.Count.ShouldBe(2, "Adele's id, in either case, is looked up once; the requestor's manager has no id");
        named.ShouldBe(3);
        draft.SpecificAllowedTargets[0].DisplayName.ShouldBe("Sales Team");
        draft.RequestApproval.Stages[0].PrimaryApprovers[0].DisplayName.ShouldBe("Adele Vance");
        draft.RequestApproval.Stages[0].FallbackPrimaryApprovers[0].DisplayName.ShouldBe("Adele Vance");
    }
}
