using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Core.Directory;
using PolicyPortal.Core.Ports;
using PolicyPortal.Web.Components.Shared;

namespace PolicyPortal.Web.Tests.Components;

public sealed class DirectoryPickerTests : PortalComponentTest
{
    private static readonly DirectoryEntry Megan = new(DirectoryObjectKind.User, "u-1", "Megan Bowen", "megan@contoso.example");
    private static readonly DirectoryEntry Ops = new(DirectoryObjectKind.Group, "g-1", "<b>Ops</b>", null);

    private readonly RecordingDirectory _directory = new([Megan, Ops]);

    public DirectoryPickerTests()
    {
        Services.AddSingleton<IDirectorySearch>(_directory);
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<CachedDirectorySearch>();
        RenderAsInteractiveServer();
    }

    [Fact]
    public async Task Typing_SeveralKeysQuickly_SearchesOnceForTheSettledText()
    {
        var popovers = RenderPopovers();
        var picker = RenderPicker([]);
        var input = picker.Find("input");

        await input.InputAsync("m");
        await input.InputAsync("me");
        await input.InputAsync("meg");

        await popovers.WaitForAssertionAsync(() => popovers.Find("[data-testid=picker-option]").TextContent.ShouldContain("Megan Bowen"), TimeSpan.FromSeconds(5));
        _directory.Queries.ShouldBe(["meg"]);
        _directory.Kinds.ShouldAllBe(k => k == (DirectoryObjectKind.User | DirectoryObjectKind.Group));
    }

    [Fact]
    public async Task Results_WithMarkupInNames_AreShownAsText()
    {
        var popovers = RenderPopovers();
        var picker = RenderPicker([]);

        await picker.Find("input").InputAsync("ops");

        await popovers.WaitForAssertionAsync(() => popovers.Markup.ShouldContain("&lt;b&gt;Ops&lt;/b&gt;"), TimeSpan.FromSeconds(5));
        popovers.FindAll("b").ShouldBeEmpty();
    }

    [Fact]
    public async Task Picking_AnOption_AddsItAsAChip()
    {
        IReadOnlyList<DirectoryEntry> selected = [];
        var popovers = RenderPopovers();
        var picker = Render<DirectoryPicker>(p => p
            .Add(x => x.Label, "Approvers")
            .Add(x => x.Kinds, DirectoryObjectKind.User | DirectoryObjectKind.Group)
            .Add(x => x.Selected, selected)
            .Add(x => x.SelectedChanged, value => selected = value));

        await picker.Find("input").InputAsync("meg");
        await popovers.WaitForAssertionAsync(() => popovers.FindAll("[data-testid=picker-option]").ShouldNotBeEmpty(), TimeSpan.FromSeconds(5));
        await popovers.FindAll("[data-testid=picker-option]")[0].ClickAsync();

        selected.ShouldHaveSingleItem().Id.ShouldBe("u-1");
    }

    [Fact]
    public async Task Chips_ForSelectedSubjects_ShowNamesAndRemoveOnClose()
    {
        IReadOnlyList<DirectoryEntry> selected = [Megan, Ops];
        var picker = Render<DirectoryPicker>(p => p
            .Add(x => x.Label, "Approvers")
            .Add(x => x.Kinds, DirectoryObjectKind.User | DirectoryObjectKind.Group)
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

        await picker.WaitForAssertionAsync(() => picker.Find("[role=alert]").TextContent.ShouldContain("busy or unreachable"), TimeSpan.FromSeconds(5));
    }

    private IRenderedComponent<DirectoryPicker> RenderPicker(IReadOnlyList<DirectoryEntry> selected) =>
        Render<DirectoryPicker>(p => p
            .Add(x => x.Label, "Approvers")
            .Add(x => x.Kinds, DirectoryObjectKind.User | DirectoryObjectKind.Group)
            .Add(x => x.Selected, selected));

    private sealed class RecordingDirectory(IReadOnlyList<DirectoryEntry> entries) : IDirectorySearch
    {
        public List<string> Queries { get; } = [];

        public List<DirectoryObjectKind> Kinds { get; } = [];

        public Exception? Failure { get; set; }

        public Task<IReadOnlyList<DirectoryEntry>> SearchAsync(string text, DirectoryObjectKind kinds, CancellationToken cancellationToken)
        {
            Queries.Add(text);
            Kinds.Add(kinds);
            if (Failure is not null)
            {
                throw Failure;
            }
            IReadOnlyList<DirectoryEntry> matches = entries
                .Where(e => e.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase) || (e.Detail?.StartsWith(text, StringComparison.OrdinalIgnoreCase) ?? false))
                .ToList();
            return Task.FromResult(matches);
        }
    }
}
