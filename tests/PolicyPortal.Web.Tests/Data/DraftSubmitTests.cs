using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Tests.Data.Infrastructure;

namespace PolicyPortal.Web.Tests.Data;

public abstract class DraftSubmitTests(TestDatabase database) : StoreTestBase(database)
{
    private async Task<(string Owner, DraftRecord Draft)> SavedDraftAsync()
    {
        var owner = NewId("owner");
        var draft = await Drafts.SaveAsync(new DraftRecord { OwnerId = owner, PayloadJson = "{}", PolicyDisplayName = "Submit me" }, Ct);
        return (owner, draft);
    }

    [Fact]
    public async Task TryBeginSubmit_FromManyConcurrentCallersOnSeparateContexts_ExactlyOneWins()
    {
        var (owner, draft) = await SavedDraftAsync();
        // Two independent service graphs stand for two app instances; every call also opens its own context.
        IDraftStore[] instances = [StartServices().GetRequiredService<IDraftStore>(), StartServices().GetRequiredService<IDraftStore>()];
        const int Callers = 24;
        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, Callers)
            .Select(i => Task.Run(async () =>
            {
                await start.WaitAsync(Ct);
                return await instances[i % 2].TryBeginSubmitAsync(owner, draft.Id, draft.SubmissionKey, "{}", Ct);
            }, Ct))
            .ToList();

        start.Release(Callers);
        var results = await Task.WhenAll(attempts);

        results.Count(won => won).ShouldBe(1);
        (await Drafts.GetAsync(owner, draft.Id, Ct)).ShouldNotBeNull().State.ShouldBe(DraftState.Submitting);
    }

    [Fact]
    public async Task TryBeginSubmit_RecordsWhenTheSubmitBeganAndItsEvidence_UntilTheSubmitEnds()
    {
        var (owner, draft) = await SavedDraftAsync();
        Clock.Advance(TimeSpan.FromSeconds(30));
        const string evidence = """{"sent":"body"}""";

        (await Drafts.TryBeginSubmitAsync(owner, draft.Id, draft.SubmissionKey, evidence, Ct)).ShouldBeTrue();

        var submitting = await Drafts.GetAsync(owner, draft.Id, Ct);
        submitting.ShouldNotBeNull();
        submitting.SubmitStartedAt.ShouldBe(Clock.GetUtcNow());
        submitting.SubmitEvidenceJson.ShouldBe(evidence);
        submitting.Version.ShouldNotBe(draft.Version);
        (await Drafts.AbandonSubmitAsync(owner, draft.Id, Ct)).ShouldBeTrue();
        (await Drafts.GetAsync(owner, draft.Id, Ct)).ShouldNotBeNull().SubmitEvidenceJson.ShouldBeNull();
    }

    [Fact]
    public async Task TryBeginSubmit_WithAnotherSubmissionKey_IsRefused()
    {
        var (owner, draft) = await SavedDraftAsync();

        (await Drafts.TryBeginSubmitAsync(owner, draft.Id, Guid.NewGuid(), "{}", Ct)).ShouldBeFalse();

        (await Drafts.GetAsync(owner, draft.Id, Ct)).ShouldBe(draft);
    }

    [Fact]
    public async Task CompleteSubmit_MarksTheDraftSubmitted_AndNoFurtherSubmitBegins()
    {
        var (owner, draft) = await SavedDraftAsync();
        (await Drafts.TryBeginSubmitAsync(owner, draft.Id, draft.SubmissionKey, "{}", Ct)).ShouldBeTrue();

        (await Drafts.CompleteSubmitAsync(owner, draft.Id, "policy-42", Ct)).ShouldBeTrue();

        var submitted = await Drafts.GetAsync(owner, draft.Id, Ct);
        submitted.ShouldNotBeNull();
        submitted.State.ShouldBe(DraftState.Submitted);
        submitted.SubmittedPolicyId.ShouldBe("policy-42");
        (await Drafts.TryBeginSubmitAsync(owner, draft.Id, draft.SubmissionKey, "{}", Ct)).ShouldBeFalse();
        (await Drafts.AbandonSubmitAsync(owner, draft.Id, Ct)).ShouldBeFalse();
        (await Drafts.CompleteSubmitAsync(owner, draft.Id, "policy-43", Ct)).ShouldBeFalse();
        (await Drafts.GetAsync(owner, draft.Id, Ct)).ShouldNotBeNull().SubmittedPolicyId.ShouldBe("policy-42");
        (await Drafts.ListAsync(owner, Ct)).ShouldBeEmpty();
        (await Drafts.LatestAsync(owner, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task AbandonSubmit_ReopensTheDraftForEditingAndOneMoreSubmit()
    {
        var (owner, draft) = await SavedDraftAsync();
        (await Drafts.TryBeginSubmitAsync(owner, draft.Id, draft.SubmissionKey, "{}", Ct)).ShouldBeTrue();
        (await Drafts.TryBeginSubmitAsync(owner, draft.Id, draft.SubmissionKey, "{}", Ct)).ShouldBeFalse();

        (await Drafts.AbandonSubmitAsync(owner, draft.Id, Ct)).ShouldBeTrue();

        var reopened = await Drafts.GetAsync(owner, draft.Id, Ct);
        reopened.ShouldNotBeNull();
        reopened.State.ShouldBe(DraftState.Draft);
        reopened.SubmitStartedAt.ShouldBeNull();
        var edited = await Drafts.SaveAsync(reopened with { PolicyDisplayName = "Fixed name" }, Ct);
        (await Drafts.TryBeginSubmitAsync(owner, draft.Id, edited.SubmissionKey, "{}", Ct)).ShouldBeTrue();
        (await Drafts.TryBeginSubmitAsync(owner, draft.Id, edited.SubmissionKey, "{}", Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task CompleteOrAbandon_WithoutABegunSubmit_ChangeNothing()
    {
        var (owner, draft) = await SavedDraftAsync();

        (await Drafts.CompleteSubmitAsync(owner, draft.Id, "policy-1", Ct)).ShouldBeFalse();
        (await Drafts.AbandonSubmitAsync(owner, draft.Id, Ct)).ShouldBeFalse();

        (await Drafts.GetAsync(owner, draft.Id, Ct)).ShouldBe(draft);
    }
}

public sealed class SqliteDraftSubmitTests(SqliteTestDatabase database) : DraftSubmitTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresDraftSubmitTests(PostgresTestDatabase database) : DraftSubmitTests(database), IClassFixture<PostgresTestDatabase>;
