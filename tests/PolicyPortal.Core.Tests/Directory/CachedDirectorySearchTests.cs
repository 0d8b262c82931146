using PolicyPortal.Core.Directory;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Tests.Support;

namespace PolicyPortal.Core.Tests.Directory;

public sealed class CachedDirectorySearchTests
{
    private static readonly DirectoryEntry Megan = new(SubjectKind.User, "u-1", "Megan Bowen", "megan@contoso.example");
    private static readonly DirectoryEntry Meghan = new(SubjectKind.User, "u-2", "Meghan Lee", "meghan@contoso.example");
    private static readonly DirectoryEntry Melissa = new(SubjectKind.User, "u-3", "Melissa Ong", "mong@contoso.example");

    private readonly CountingDirectory _inner = new([Megan, Meghan, Melissa]);
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task Search_RepeatedWithinTheWindow_AsksGraphOnce()
    {
        var search = new CachedDirectorySearch(_inner, _clock);

        var first = await search.SearchAsync("meg", [SubjectKind.User], TestContext.Current.CancellationToken);
        _clock.Advance(TimeSpan.FromSeconds(10));
        var second = await search.SearchAsync(" MEG ", [SubjectKind.User], TestContext.Current.CancellationToken);

        _inner.Calls.ShouldBe(1);
        second.ShouldBe(first);
    }

    [Fact]
    public async Task Search_AfterTheWindow_AsksGraphAgain()
    {
        var search = new CachedDirectorySearch(_inner, _clock);

        await search.SearchAsync("meg", [SubjectKind.User], TestContext.Current.CancellationToken);
        _clock.Advance(CachedDirectorySearch.Window);
        await search.SearchAsync("meg", [SubjectKind.User], TestContext.Current.CancellationToken);

        _inner.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task Search_ForOtherKinds_IsNotAnsweredFromTheCache()
    {
        var search = new CachedDirectorySearch(_inner, _clock);

        await search.SearchAsync("meg", [SubjectKind.User], TestContext.Current.CancellationToken);
        await search.SearchAsync("meg", [SubjectKind.User, SubjectKind.Group], TestContext.Current.CancellationToken);

        _inner.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task Search_SameKindsInAnotherOrder_IsAnsweredFromTheCache()
    {
        var search = new CachedDirectorySearch(_inner, _clock);

        await search.SearchAsync("meg", [SubjectKind.User, SubjectKind.Group], TestContext.Current.CancellationToken);
        await search.SearchAsync("meg", [SubjectKind.Group, SubjectKind.User, SubjectKind.Group], TestContext.Current.CancellationToken);

        _inner.Calls.ShouldBe(1);
        search.Provisional("megh", [SubjectKind.Group, SubjectKind.User]).ShouldBe([Meghan]);
    }

    [Fact]
    public async Task TryGetFresh_AnsweredQuery_IsKnownUntilTheWindowEnds()
    {
        var search = new CachedDirectorySearch(_inner, _clock);
        search.TryGetFresh("meg", [SubjectKind.User], out _).ShouldBeFalse();
        var answer = await search.SearchAsync("meg", [SubjectKind.User], TestContext.Current.CancellationToken);

        search.TryGetFresh(" MEG ", [SubjectKind.User], out var cached).ShouldBeTrue();
        cached.ShouldBe(answer);
        search.TryGetFresh("me", [SubjectKind.User], out _).ShouldBeFalse();
        _clock.Advance(CachedDirectorySearch.Window);
        search.TryGetFresh("meg", [SubjectKind.User], out _).ShouldBeFalse();
        _inner.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Provisional_ForARefinedQuery_NarrowsWhatAShorterQueryLoaded()
    {
        var search = new CachedDirectorySearch(_inner, _clock);
        await search.SearchAsync("me", [SubjectKind.User], TestContext.Current.CancellationToken);

        var provisional = search.Provisional("megh", [SubjectKind.User]);

        provisional.ShouldBe([Meghan]);
        _inner.Calls.ShouldBe(1);
    }

    [Fact]
    public void Provisional_WithNothingLoaded_IsEmpty()
    {
        var search = new CachedDirectorySearch(_inner, _clock);

        search.Provisional("meg", [SubjectKind.User]).ShouldBeEmpty();
    }

    private sealed class CountingDirectory(IReadOnlyList<DirectoryEntry> entries) : IDirectorySearch
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyList<DirectoryEntry>> SearchAsync(string text, IReadOnlyCollection<SubjectKind> kinds, CancellationToken cancellationToken)
        {
            Calls++;
            IReadOnlyList<DirectoryEntry> found = entries.Where(e => e.DisplayName.StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            return Task.FromResult(found);
        }
    }
}
