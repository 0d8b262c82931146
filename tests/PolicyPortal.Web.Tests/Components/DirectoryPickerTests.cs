using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using PolicyPortal.Core.Directory;
using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Graph.Client;
using PolicyPortal.Web.Components.Shared;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Components;

public sealed class DirectoryPickerTests : PortalComponentTest
{
    private static readonly DirectoryEntry Megan = new(SubjectKind.User, "u-1", "Megan Bowen", "megan@contoso.example");
    private static readonly DirectoryEntry Meghan = new(SubjectKind.User, "u-2", "Meghan Lee", "meghan@contoso.example");
    private static readonly DirectoryEntry Melissa = new(SubjectKind.User, "u-3", "Melissa Ong", "mong@contoso.example");
    private static readonly DirectoryEntry Ops = new(SubjectKind.Group, "g-1", "<b>Ops</b>", null);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly RecordingDirectory _directory = new([Megan, Melissa, Ops]);
    private FakeTimeProvider? _fakeClock;

    public DirectoryPickerTests()
    {
        Services.AddSingleton<IDirectorySearch>(_directory);
        // Resolved at the first render: a test that steps time itself sets the fake clock before it renders.
        Services.AddSingleton(_ => _fakeClock ?? TimeProvider.System);
        Services.AddScoped<CachedDirectorySearch>();
        // The picker searches through the app's Graph call guard, as every page does.
        Services.AddLogging();
        Services.AddSingleton(Options.Create(new GraphOptions()));
        Services.AddGraphCallGuard();
        AddAuthorization();
        RenderAsInteractiveServer();
    }

    [Fact]
    public async Task Typing_SeveralKeysQuickly_SearchesOnceForTheSettledText()
    {
        var popovers = RenderPopovers();
        var picker = RenderPicker([]);
        var input = picker.Find("input");

        // As in a browser, the next key arrives while the previous key's search still waits out the debounce.
        await input.InputAsync("m");
        var me = input.InputAsync("me");
        await input.InputAsync("meg");
        await me;

        await popovers.WaitForAssertionAsync(() => popovers.Find("[data-testid=picker-option]").TextContent.ShouldContain("Megan Bowen"), WaitLimit);
        _directory.Queries.ShouldBe(["meg"]);
        _directory.Kinds.ShouldAllBe(k => k.Order().SequenceEqual(new[] { SubjectKind.User, SubjectKind.Group }));
    }

    [Fact]
    public async Task Typing_TheQuietTimeCountsFromTheKey_NotFromItsTextArrivingLater()
    {
        var clock = UseFakeClock();
        RenderPopovers();
        var picker = RenderPicker([]);
        var input = picker.Find("input");

        await input.KeyDownAsync(new KeyboardEventArgs { Key = "g" });
        clock.Advance(TimeSpan.FromMilliseconds(30)); // the text reaches the circuit after its key
        var typing = input.InputAsync("meg");
        await WaitUntilSearchingAsync(picker);

        clock.Advance(TimeSpan.FromMilliseconds(89));
        _directory.Queries.ShouldBeEmpty();
        clock.Advance(TimeSpan.FromMilliseconds(1)); // 120 ms after the key, 90 after the text

        await typing.WaitAsync(WaitLimit, Xunit.TestContext.Current.CancellationToken);
        _directory.Queries.ShouldBe(["meg"]);
    }

    [Fact]
    public async Task Typing_AKeyDuringTheQuietTime_HoldsTheSearchBack()
    {
        var clock = UseFakeClock();
        RenderPopovers();
        var picker = RenderPicker([]);
        var input = picker.Find("input");
        await input.KeyDownAsync(new KeyboardEventArgs { Key = "g" });
        var typing = input.InputAsync("meg");
        await WaitUntilSearchingAsync(picker);

        clock.Advance(TimeSpan.FromMilliseconds(100));
        await input.KeyDownAsync(new KeyboardEventArgs { Key = "Shift" });
        clock.Advance(TimeSpan.FromMilliseconds(20)); // 120 ms after the text's key
        await picker.InvokeAsync(() => { }); // the picker's timer has had its turn on the circuit by then
        _directory.Queries.ShouldBeEmpty();
        clock.Advance(TimeSpan.FromMilliseconds(100)); // 120 ms after the last key

        await typing.WaitAsync(WaitLimit, Xunit.TestContext.Current.CancellationToken);
        _directory.Queries.ShouldBe(["meg"]);
    }

    [Fact]
    public async Task Typing_TextWithNoKeyBeforeIt_WaitsTheWholeQuietTime()
    {
        var clock = UseFakeClock();
        RenderPopovers();
        var picker = RenderPicker([]);

        var pasting = picker.Find("input").InputAsync("meg"); // a paste with the mouse: no keydown
        await WaitUntilSearchingAsync(picker);
        clock.Advance(TimeSpan.FromMilliseconds(119));
        _directory.Queries.ShouldBeEmpty();
        clock.Advance(TimeSpan.FromMilliseconds(1));

        await pasting.WaitAsync(WaitLimit, Xunit.TestContext.Current.CancellationToken);
        _directory.Queries.ShouldBe(["meg"]);
    }

    [Fact]
    public async Task Refining_AQuery_ShowsTheLoadedAnswerNarrowedUntilTheNewAnswerArrives()
    {
        // The real "meg" answer holds a name the "me" answer did not (Graph returns a few per kind).
        var meg = _directory.Hold("meg");
        var popovers = RenderPopovers();
        var input = RenderPicker([]).Find("input");
        await input.InputAsync("me");
        await popovers.WaitForAssertionAsync(() => OptionNames(popovers).ShouldBe(["Megan Bowen", "Melissa Ong"]), WaitLimit);

        // Not awaited: a picker that waited for the answer would never return, and the test must fail, not hang.
        var typing = input.InputAsync("meg");

        await popovers.WaitForAssertionAsync(() => OptionNames(popovers).ShouldBe(["Megan Bowen"]), WaitLimit);
        await meg.WaitUntilAskedAsync();
        OptionNames(popovers).ShouldBe(["Megan Bowen"]);

        meg.Answer.SetResult([Megan, Meghan]);

        await typing;
        await popovers.WaitForAssertionAsync(() => OptionNames(popovers).ShouldBe(["Megan Bowen", "Meghan Lee"]), WaitLimit);
        _directory.Queries.ShouldBe(["me", "meg"]);
    }

    [Fact]
    public async Task Refining_WhenGraphFails_KeepsTheNarrowedListAndSaysWhatHappened()
    {
        var meg = _directory.Hold("meg");
        var popovers = RenderPopovers();
        var picker = RenderPicker([]);
        var input = picker.Find("input");
        await input.InputAsync("me");
        await popovers.WaitForAssertionAsync(() => OptionNames(popovers).ShouldNotBeEmpty(), WaitLimit);
        var typing = input.InputAsync("meg");
        await meg.WaitUntilAskedAsync();

        meg.Answer.SetException(new GatewayUnavailableException("Microsoft Graph is busy or unreachable.", null));
        await typing;

        await picker.WaitForAssertionAsync(() => picker.Find("[role=alert]").TextContent.ShouldContain("busy or unreachable"), WaitLimit);
        OptionNames(popovers).ShouldBe(["Megan Bowen"]);
    }

    [Fact]
    public async Task Typing_AQueryAgainWithinTheCacheWindow_SendsNoSecondSearch()
    {
        var popovers = RenderPopovers();
        var input = RenderPicker([]).Find("input");
        await input.InputAsync("meg");
        await popovers.WaitForAssertionAsync(() => OptionNames(popovers).ShouldBe(["Megan Bowen"]), WaitLimit);
        await input.InputAsync("ops");
        await popovers.WaitForAssertionAsync(() => OptionNames(popovers).ShouldBe(["<b>Ops</b>"]), WaitLimit);

        await input.InputAsync("meg");

        // Had it searched again, the list could only show Megan after that search was recorded.
        await popovers.WaitForAssertionAsync(() => OptionNames(popovers).ShouldBe(["Megan Bowen"]), WaitLimit);
        _directory.Queries.ShouldBe(["meg", "ops"]);
    }

    [Fact]
    public async Task Results_WithMarkupInNames_AreShownAsText()
    {
        var popovers = RenderPopovers();
        var picker = RenderPicker([]);

        await picker.Find("input").InputAsync("ops");

        await popovers.WaitForAssertionAsync(() => popovers.Markup.ShouldContain("&lt;b&gt;Ops&lt;/b&gt;"), WaitLimit);
        popovers.FindAll("b").ShouldBeEmpty();
    }

    [Fact]
    public async Task Picking_AnOption_AddsItAsAChip()
    {
        IReadOnlyList<DirectoryEntry> selected = [];
        var popovers = RenderPopovers();
        var picker = Render<DirectoryPicker>(p => p
            .Add(x => x.Label, "Approvers")
            .Add(x => x.Kinds, [SubjectKind.User, SubjectKind.Group])
            .Add(x => x.Selected, selected)
            .Add(x => x.SelectedChanged, value => selected = value));

        await picker.Find("input").InputAsync("meg");
        await popovers.WaitForAssertionAsync(() => popovers.FindAll("[data-testid=picker-option]").ShouldNotBeEmpty(), WaitLimit);
        await popovers.FindAll("[data-testid=picker-option]")[0].ClickAsync();

        selected.ShouldHaveSingleItem().Id.ShouldBe("u-1");
    }

    [Fact]
    public async Task Chips_ForSelectedSubjects_ShowNamesAndRemoveOnClose()
    {
        IReadOnlyList<DirectoryEntry> selected = [Megan, Ops];
        var picker = Render<DirectoryPicker>(p => p
            .Add(x => x.Label, "Approvers")
            .Add(x => x.Kinds, [SubjectKind.User, SubjectKind.Group])
            .Add(x => x.Selected, selected)
            .Add(x => x.SelectedChanged, value => selected = value));

        picker.FindAll("[data-testid=picked-name]").Select(c => c.TextContent).ShouldBe(["Megan Bowen", "<b>Ops</b>"]);
        picker.FindAll("[data-testid=picked-subject] b").ShouldBeEmpty();

        await picker.Find("button[aria-label='Remove Megan Bowen']").ClickAsync();

        selected.ShouldBe([Ops]);
    }

    [Fact]
    public async Task Search_WhenGraphFails_SaysWhatHappenedInsteadOfThrowing()
    {
        _directory.Failure = new GatewayUnavailableException("Microsoft Graph is busy or unreachable.", null);
        RenderPopovers();
        var picker = RenderPicker([]);

        await picker.Find("input").InputAsync("meg");

        await picker.WaitForAssertionAsync(() => picker.Find("[role=alert]").TextContent.ShouldContain("busy or unreachable"), WaitLimit);
    }

    private FakeTimeProvider UseFakeClock() => _fakeClock = new FakeTimeProvider();

    /// <summary>Until MudAutocomplete shows its search under way: the picker's quiet time has started by then.</summary>
    private static Task WaitUntilSearchingAsync(IRenderedComponent<DirectoryPicker> picker) =>
        picker.WaitForAssertionAsync(() => picker.Find(".mud-autocomplete--with-progress"), WaitLimit);

    private IRenderedComponent<DirectoryPicker> RenderPicker(IReadOnlyList<DirectoryEntry> selected) =>
        Render<DirectoryPicker>(p => p
            .Add(x => x.Label, "Approvers")
            .Add(x => x.Kinds, [SubjectKind.User, SubjectKind.Group])
            .Add(x => x.Selected, selected));

    private static IEnumerable<string> OptionNames(IRenderedComponent<MudPopoverProvider> popovers) =>
        popovers.FindAll("[data-testid=picker-option-name]").Select(e => e.TextContent);

    /// <summary>A search the test answers when it chooses.</summary>
    private sealed class HeldSearch
    {
        private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<IReadOnlyList<DirectoryEntry>> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task WaitUntilAskedAsync() => _asked.Task.WaitAsync(WaitLimit, Xunit.TestContext.Current.CancellationToken);

        public Task<IReadOnlyList<DirectoryEntry>> AskAsync(CancellationToken cancellationToken)
        {
            _asked.TrySetResult();
            return Answer.Task.WaitAsync(cancellationToken);
        }
    }

    private sealed class RecordingDirectory(IReadOnlyList<DirectoryEntry> entries) : IDirectorySearch
    {
        private readonly Dictionary<string, HeldSearch> _held = [];

        public List<string> Queries { get; } = [];

        public HeldSearch Hold(string text) => _held[text] = new HeldSearch();

        public List<IReadOnlyCollection<SubjectKind>> Kinds { get; } = [];

        public Exception? Failure { get; set; }

        public Task<IReadOnlyList<DirectoryEntry>> SearchAsync(string text, IReadOnlyCollection<SubjectKind> kinds, CancellationToken cancellationToken)
        {
            Queries.Add(text);
            Kinds.Add(kinds);
            if (Failure is not null)
            {
                throw Failure;
            }
            if (_held.TryGetValue(text, out var held))
            {
                return held.AskAsync(cancellationToken);
            }
            IReadOnlyList<DirectoryEntry> matches = entries
                .Where(e => e.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase) || (e.Detail?.StartsWith(text, StringComparison.OrdinalIgnoreCase) ?? false))
                .ToList();
            return Task.FromResult(matches);
        }
    }
}
