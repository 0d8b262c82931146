using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PolicyPortal.Web.Components.Pages.Policies.Fields;

namespace PolicyPortal.Web.Tests.Components.Policies;

public sealed partial class TypedTextFieldTests : PortalComponentTest
{
    // MudTextField's default maxlength, the HTML default.
    private const int BrowsersLimit = 524288;

    public TypedTextFieldTests() => RenderAsInteractiveServer();

    /// <summary>A box as the wizard uses them: <paramref name="MaxLength"/> null leaves the browser's own limit.</summary>
    public sealed record Box(string Label, string? Value = null, int Lines = 1, bool Required = false, int? MaxLength = null,
        bool Counter = false, string? Helper = null, string? Error = null, string? Placeholder = null);

    public static TheoryData<Box> Boxes =>
    [
        new Box("Policy name", Required: true, MaxLength: 256, Counter: true),
        new Box("Policy name", "Sales – manager approval", Required: true, MaxLength: 256, Counter: true),
        new Box("Policy name", "", Required: true, MaxLength: 256, Counter: true, Error: "The policy needs a name."),
        new Box("Description", "Members of Sales.", Lines: 3, Required: true, MaxLength: 1024, Helper: "Requestors see this."),
        new Box("Description", "", Lines: 3, Required: true, MaxLength: 1024, Helper: "Requestors see this.",
            Error: "The policy needs a description."),
        new Box("Question", "Why?", Error: "Questions need text in at least one language."),
        new Box("Membership rule", Helper: "Dynamic membership rule syntax.", Placeholder: "(user.department -eq \"Sales\")"),
    ];

    [Theory]
    [MemberData(nameof(Boxes))]
    public void Box_InEveryState_IsMudTextFieldsOutlinedMarkup(Box box)
    {
        var ours = Render<TypedTextField>(p => p.Add(f => f.Label, box.Label).Add(f => f.Value, box.Value)
            .Add(f => f.Lines, box.Lines).Add(f => f.Required, box.Required).Add(f => f.MaxLength, box.MaxLength)
            .Add(f => f.Counter, box.Counter).Add(f => f.HelperText, box.Helper).Add(f => f.ErrorText, box.Error)
            .Add(f => f.Placeholder, box.Placeholder).AddUnmatched("data-testid", "box"));
        var mud = Render<MudTextField<string>>(p => p.Add(f => f.Label, box.Label).Add(f => f.Value, box.Value)
            .Add(f => f.Lines, box.Lines).Add(f => f.Variant, Variant.Outlined).Add(f => f.Immediate, true)
            .Add(f => f.Required, box.Required).Add(f => f.MaxLength, box.MaxLength ?? BrowsersLimit)
            .Add(f => f.Counter, box.Counter ? box.MaxLength : null).Add(f => f.HelperText, box.Helper)
            .Add(f => f.Error, box.Error is not null).Add(f => f.ErrorText, box.Error).Add(f => f.Placeholder, box.Placeholder)
            .AddUnmatched("data-testid", "box"));

        Comparable(ours.Markup).MarkupMatches(Comparable(mud.Markup));
    }

    [Fact]
    public void Box_WithAnError_SaysItToScreenReadersOnTheBox()
    {
        var box = Render<TypedTextField>(p => p.Add(f => f.Label, "Policy name").Add(f => f.HelperText, "A short name.")
            .Add(f => f.ErrorText, "The policy needs a name."));

        var input = box.Find("input");
        input.GetAttribute("aria-invalid").ShouldBe("true");
        box.Find($"#{input.GetAttribute("aria-describedby")}").TextContent.ShouldBe("The policy needs a name.");
        box.Find($"label[for='{input.Id}']").TextContent.ShouldBe("Policy name");
    }

    [Fact]
    public void Box_Typed_HandsOnEachKeystrokesText()
    {
        var typed = new List<string?>();
        var box = Render<TypedTextField>(p => p.Add(f => f.Label, "Question").Add(f => f.Lines, 3)
            .Add(f => f.ValueChanged, EventCallback.Factory.Create<string?>(this, typed.Add)));

        box.Find("textarea").Input("W");
        box.Find("textarea").Input("Why?");

        typed.ShouldBe(["W", "Why?"]);
    }

    // Ours leaves out what MudTextField adds for its own scripts (a hidden element, inputmode, a textarea's type), the
    // browser's own length limit and a textarea's text as its content (its value attribute holds it). Not compared: bUnit's marks for handlers and element references, and the ids,
    // generated per instance; ours ties the error text to the box, which MudTextField does not (checked above).
    private static string Comparable(string html) => Ids().Replace(MudOnly().Replace(html, ""), "");

    [GeneratedRegex("""<div class="mud-input-slot[^"]*" style="display:none" tabindex="-1"[^>]*></div>"""
        + """| inputmode="text"| maxlength="524288"|(?<=<textarea[^>]*) type="text"|(?<=<textarea[^>]*>)[^<]+| blazor:[a-zA-Z]+(="[^"]*")?""")]
    private static partial Regex MudOnly();

    [GeneratedRegex(" (id|for|aria-describedby)=\"[^\"]*\"")]
    private static partial Regex Ids();
}
