using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Data.Drafts;
using PolicyPortal.Web.Tests.Data.Infrastructure;

namespace PolicyPortal.Web.Tests.Data;

public abstract class DraftStoreTests(TestDatabase database) : StoreTestBase(database)
{
    private const string Payload = """{"approval":{"stages":[{"approvers":["a","b"]}]},"note":"tab\tquote\" é 😀 \u0000"}""";

    private static DraftRecord NewDraft(string owner, string name = "Contractors — 90 days") => new()
    {
        OwnerId = owner,
        AccessPackageId = "pkg-" + Guid.NewGuid().ToString("N")[..8],
        AccessPackageName = "Sales tools",
        PolicyDisplayName = name,
        CurrentStep = "Approval",
        PayloadJson = Payload,
        SchemaVersion = 3,
        Mode = DraftMode.Clone,
        SourcePolicyId = "policy-source",
    };

    [Fact]
    public async Task Save_NewDraft_StoresItWithIdKeyVersionAndTimestamps()
    {
        var owner = NewId("owner");

        var saved = await Drafts.SaveAsync(NewDraft(owner), Ct);

        saved.Id.ShouldNotBe(Guid.Empty);
        saved.SubmissionKey.ShouldNotBe(Guid.Empty);
        saved.Version.ShouldNotBe(Guid.Empty);
        saved.State.ShouldBe(DraftState.Draft);
        saved.CreatedAt.ShouldBe(Clock.GetUtcNow());
        saved.UpdatedAt.ShouldBe(Clock.GetUtcNow());
        (await Drafts.GetAsync(owner, saved.Id, Ct)).ShouldBe(saved);
    }

    [Fact]
    public async Task Get_AfterSave_ReturnsEveryFieldAndThePayloadUnchanged()
    {
        var owner = NewId("owner");
        var draft = NewDraft(owner) with { Id = Guid.NewGuid(), SubmissionKey = Guid.NewGuid() };

        await Drafts.SaveAsync(draft, Ct);
        var read = await Drafts.GetAsync(owner, draft.Id, Ct);

        read.ShouldNotBeNull();
        read.PayloadJson.ShouldBe(Payload);
        read.SubmissionKey.ShouldBe(draft.SubmissionKey);
        read.ShouldBe(draft with { CreatedAt = read.CreatedAt, UpdatedAt = read.UpdatedAt, Version = read.Version });
    }

    [Fact]
    public async Task Save_WithTheCurrentVersion_UpdatesContentAndKeepsCreation()
    {
        var owner = NewId("owner");
        var first = await Drafts.SaveAsync(NewDraft(owner), Ct);
        Clock.Advance(TimeSpan.FromMinutes(3));

        var second = await Drafts.SaveAsync(first with { CurrentStep = "Review", PayloadJson = "{\"v\":2}" }, Ct);

        second.Version.ShouldNotBe(first.Version);
        second.CreatedAt.ShouldBe(first.CreatedAt);
        second.UpdatedAt.ShouldBe(first.UpdatedAt + TimeSpan.FromMinutes(3));
        second.SubmissionKey.ShouldBe(first.SubmissionKey);
        (await Drafts.GetAsync(owner, first.Id, Ct)).ShouldBe(second);
    }

    [Fact]
    public async Task Save_WithAStaleVersion_ThrowsStaleAndKeepsTheOtherTabsChange()
    {
        var owner = NewId("owner");
        var original = await Drafts.SaveAsync(NewDraft(owner), Ct);
        var otherTab = StartServices().GetRequiredService<IDraftStore>();
        var winner = await otherTab.SaveAsync(original with { PolicyDisplayName = "Other tab" }, Ct);

        var conflict = await Should.ThrowAsync<DraftConflictException>(
            () => Drafts.SaveAsync(original with { PolicyDisplayName = "This tab" }, Ct));

        conflict.Reason.ShouldBe(DraftConflictReason.Stale);
        (await Drafts.GetAsync(owner, original.Id, Ct)).ShouldBe(winner);
    }

    [Fact]
    public async Task Save_ANewDraftWhoseIdExists_ThrowsStale()
    {
        var owner = NewId("owner");
        var draft = NewDraft(owner) with { Id = Guid.NewGuid() };
        var first = await Drafts.SaveAsync(draft, Ct);

        var conflict = await Should.ThrowAsync<DraftConflictException>(() => Drafts.SaveAsync(draft with { PolicyDisplayName = "again" }, Ct));

        conflict.Reason.ShouldBe(DraftConflictReason.Stale);
        (await Drafts.GetAsync(owner, draft.Id, Ct)).ShouldBe(first);
    }

    [Fact]
    public async Task Save_AfterDiscardElsewhere_ThrowsMissing()
    {
        var owner = NewId("owner");
        var saved = await Drafts.SaveAsync(NewDraft(owner), Ct);
        (await Drafts.DiscardAsync(owner, saved.Id, Ct)).ShouldBeTrue();

        var conflict = await Should.ThrowAsync<DraftConflictException>(() => Drafts.SaveAsync(saved with { CurrentStep = "x" }, Ct));

        conflict.Reason.ShouldBe(DraftConflictReason.Missing);
        (await Drafts.GetAsync(owner, saved.Id, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Save_WhileASubmitHoldsIt_ThrowsNotEditable()
    {
        var owner = NewId("owner");
        var saved = await Drafts.SaveAsync(NewDraft(owner), Ct);
        (await Drafts.TryBeginSubmitAsync(owner, saved.Id, saved.SubmissionKey, "{}", Ct)).ShouldBeTrue();
        var submitting = await Drafts.GetAsync(owner, saved.Id, Ct);

        var conflict = await Should.ThrowAsync<DraftConflictException>(() => Drafts.SaveAsync(submitting! with { CurrentStep = "x" }, Ct));

        conflict.Reason.ShouldBe(DraftConflictReason.NotEditable);
    }

    [Fact]
    public async Task List_ReturnsTheOwnersUnsubmittedDraftsNewestChangeFirst()
    {
        var owner = NewId("owner");
        var older = await Drafts.SaveAsync(NewDraft(owner, "older"), Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var submitted = await Drafts.SaveAsync(NewDraft(owner, "submitted"), Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await Drafts.SaveAsync(NewDraft(owner, "newer"), Ct);
        await Drafts.TryBeginSubmitAsync(owner, submitted.Id, submitted.SubmissionKey, "{}", Ct);
        await Drafts.CompleteSubmitAsync(owner, submitted.Id, "policy-1", Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        older = await Drafts.SaveAsync(older with { CurrentStep = "Review" }, Ct);
        await Drafts.SaveAsync(NewDraft(NewId("someone-else")), Ct);

        var list = await Drafts.ListAsync(owner, Ct);

        list.Select(d => d.Id).ShouldBe([older.Id, newer.Id]);
        list[0].ShouldBe(new DraftSummary(
            older.Id, older.AccessPackageId, older.AccessPackageName, "older", "Review",
            DraftMode.Clone, DraftState.Draft, older.CreatedAt, older.UpdatedAt));
    }

    [Fact]
    public async Task Latest_ReturnsTheMostRecentlyChangedDraft_OrNullWhenThereIsNone()
    {
        var owner = NewId("owner");
        (await Drafts.LatestAsync(owner, Ct)).ShouldBeNull();
        var first = await Drafts.SaveAsync(NewDraft(owner, "first"), Ct);
        Clock.Advance(TimeSpan.FromSeconds(5));
        await Drafts.SaveAsync(NewDraft(owner, "second"), Ct);
        Clock.Advance(TimeSpan.FromSeconds(5));
        first = await Drafts.SaveAsync(first with { CurrentStep = "Requests" }, Ct);

        (await Drafts.LatestAsync(owner, Ct)).ShouldBe(first);
    }

    [Fact]
    public async Task Discard_RemovesTheDraft_ButNotWhileASubmitHoldsIt()
    {
        var owner = NewId("owner");
        var kept = await Drafts.SaveAsync(NewDraft(owner), Ct);
        var discarded = await Drafts.SaveAsync(NewDraft(owner), Ct);
        await Drafts.TryBeginSubmitAsync(owner, kept.Id, kept.SubmissionKey, "{}", Ct);

        (await Drafts.DiscardAsync(owner, discarded.Id, Ct)).ShouldBeTrue();
        (await Drafts.DiscardAsync(owner, kept.Id, Ct)).ShouldBeFalse();

        (await Drafts.GetAsync(owner, discarded.Id, Ct)).ShouldBeNull();
        (await Drafts.GetAsync(owner, kept.Id, Ct)).ShouldNotBeNull().State.ShouldBe(DraftState.Submitting);
        (await Drafts.DiscardAsync(owner, discarded.Id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task AnotherOwner_CannotSeeChangeDiscardOrSubmitTheDraft()
    {
        var owner = NewId("owner");
        var intruder = NewId("intruder");
        var draft = await Drafts.SaveAsync(NewDraft(owner), Ct);

        (await Drafts.GetAsync(intruder, draft.Id, Ct)).ShouldBeNull();
        (await Drafts.ListAsync(intruder, Ct)).ShouldBeEmpty();
        (await Drafts.LatestAsync(intruder, Ct)).ShouldBeNull();
        (await Drafts.DiscardAsync(intruder, draft.Id, Ct)).ShouldBeFalse();
        (await Drafts.TryBeginSubmitAsync(intruder, draft.Id, draft.SubmissionKey, "{}", Ct)).ShouldBeFalse();
        await Should.ThrowAsync<DraftConflictException>(() => Drafts.SaveAsync(draft with { OwnerId = intruder }, Ct));
        await Should.ThrowAsync<DraftConflictException>(() => Drafts.SaveAsync(draft with { OwnerId = intruder, Version = Guid.Empty }, Ct));

        (await Drafts.GetAsync(owner, draft.Id, Ct)).ShouldBe(draft);
    }

    [Fact]
    public async Task Draft_AfterARestart_IsReadBackUnchanged()
    {
        var owner = NewId("owner");
        var target = Database.TargetFor("restart_" + Guid.NewGuid().ToString("N")[..8]);
        DraftRecord saved;
        await using (var before = Database.CreateServices(target, Clock))
        {
            await before.GetRequiredService<PortalDatabaseMigrator>().MigrateAsync(Ct);
            saved = await before.GetRequiredService<IDraftStore>().SaveAsync(NewDraft(owner), Ct);
        }

        Database.ClearPool(target);
        await using var after = Database.CreateServices(target, Clock);
        var store = after.GetRequiredService<IDraftStore>();

        (await store.GetAsync(owner, saved.Id, Ct)).ShouldBe(saved);
        (await store.LatestAsync(owner, Ct)).ShouldBe(saved);
    }

    [Fact]
    public async Task Save_WithMalformedJson_IsRefusedAndTheStoredDraftStaysIntact()
    {
        var owner = NewId("owner");
        var saved = await Drafts.SaveAsync(NewDraft(owner), Ct);

        foreach (var bad in new[] { "{", "{\"a\":1}}", "not json", "{\"a\":\"\0\"}", "[\"\uD800\"]", new string('[', 100) + new string(']', 100) })
        {
            await Should.ThrowAsync<ArgumentException>(() => Drafts.SaveAsync(saved with { PayloadJson = bad }, Ct));
        }

        (await Drafts.GetAsync(owner, saved.Id, Ct)).ShouldBe(saved);
    }

    [Fact]
    public async Task Save_HostileDisplayText_IsStoredTheSameWayOnEveryProvider()
    {
        var owner = NewId("owner");
        var huge = new string('x', 10_000);
        var draft = NewDraft(owner) with
        {
            PolicyDisplayName = "<script>alert(1)</script>\0bell\a\uD800end",
            AccessPackageName = huge[..399] + "😀",
            CurrentStep = "step\r\n\t",
        };

        var saved = await Drafts.SaveAsync(draft, Ct);
        var read = await Drafts.GetAsync(owner, saved.Id, Ct);

        read.ShouldNotBeNull();
        read.PolicyDisplayName.ShouldBe("<script>alert(1)</script>bell\a\uFFFDend");
        read.AccessPackageName.ShouldBe(huge[..399], "a surrogate pair is never cut in half");
        read.CurrentStep.ShouldBe("step\r\n\t");
        read.ShouldBe(saved);
    }

    [Fact]
    public async Task Save_AnIdThatCannotBeStoredIntact_IsRefused()
    {
        var owner = NewId("owner");
        var drafts = Drafts;

        await Should.ThrowAsync<ArgumentException>(() => drafts.SaveAsync(NewDraft(owner) with { AccessPackageId = new string('p', 257) }, Ct));
        await Should.ThrowAsync<ArgumentException>(() => drafts.SaveAsync(NewDraft(owner) with { SourcePolicyId = "a\0b" }, Ct));
        await Should.ThrowAsync<ArgumentException>(() => drafts.SaveAsync(NewDraft(" "), Ct));

        (await drafts.ListAsync(owner, Ct)).ShouldBeEmpty();
    }
}

public sealed class SqliteDraftStoreTests(SqliteTestDatabase database) : DraftStoreTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresDraftStoreTests(PostgresTestDatabase database) : DraftStoreTests(database), IClassFixture<PostgresTestDatabase>;
