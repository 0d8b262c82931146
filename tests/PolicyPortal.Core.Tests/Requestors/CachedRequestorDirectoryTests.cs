using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Requestors;
using PolicyPortal.Core.Tests.Support;

namespace PolicyPortal.Core.Tests.Requestors;

public sealed class CachedRequestorDirectoryTests
{
    private static readonly RequestorNeeds ManagerOnly = new(1, false, [], false, []);
    private readonly CountingReader _inner = new();
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task Read_SamePersonAndQuestionsWithinTheWindow_AsksGraphOnceAndSaysWhenItWasRead()
    {
        var directory = new CachedRequestorDirectory(_inner, _clock);
        var first = await directory.ReadAsync("ana", ManagerOnly, TestContext.Current.CancellationToken);
        _clock.Advance(TimeSpan.FromSeconds(40));

        var second = await directory.ReadAsync("ana", new RequestorNeeds(1, false, [], false, []), TestContext.Current.CancellationToken);

        _inner.Calls.ShouldBe(1);
        second.Reading.ShouldBeSameAs(first.Reading);
        second.ReadAt.ShouldBe(first.ReadAt);
    }

    [Fact]
    public async Task Read_OtherQuestionsAnotherPersonOrAfterTheWindow_AsksGraphAgain()
    {
        var directory = new CachedRequestorDirectory(_inner, _clock);
        await directory.ReadAsync("ana", ManagerOnly, TestContext.Current.CancellationToken);

        await directory.ReadAsync("ana", ManagerOnly with { ManagerLevels = 2 }, TestContext.Current.CancellationToken);
        await directory.ReadAsync("bob", ManagerOnly, TestContext.Current.CancellationToken);
        _clock.Advance(CachedRequestorDirectory.Window);
        await directory.ReadAsync("ana", ManagerOnly, TestContext.Current.CancellationToken);

        _inner.Calls.ShouldBe(4);
    }

    private sealed class CountingReader : IRequestorDirectory
    {
        public int Calls { get; private set; }

        public Task<RequestorReading> ReadAsync(string userId, RequestorNeeds needs, CancellationToken cancellationToken)
        {
            Calls++;
            var facts = new RequestorFacts { Profile = new RequestorProfile(userId, userId, null, false, null, null) };
            return Task.FromResult(new RequestorReading(facts, []));
        }
    }
}
