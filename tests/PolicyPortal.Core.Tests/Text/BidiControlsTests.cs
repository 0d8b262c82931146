using PolicyPortal.Core.Text;

namespace PolicyPortal.Core.Tests.Text;

public sealed class BidiControlsTests
{
    [Theory]
    [InlineData("Partners\u202Etxt.exe", "Partners[U+202E]txt.exe")]
    [InlineData("\u2066isolated\u2069 and \u200Fmarked", "[U+2066]isolated[U+2069] and [U+200F]marked")]
    [InlineData("\u061C\u200E\u202A\u202B\u202C\u202D\u2067\u2068", "[U+061C][U+200E][U+202A][U+202B][U+202C][U+202D][U+2067][U+2068]")]
    public void Reveal_ShowsEveryDirectionControlAsItsCode(string text, string shown)
    {
        BidiControls.Any(text).ShouldBeTrue();
        BidiControls.Reveal(text).ShouldBe(shown);
    }

    [Theory]
    [InlineData("Plain name")]
    [InlineData("עברית and العربية read right to left without controls")]
    [InlineData("emoji 👩‍💻 and a zero-width joiner")]
    [InlineData("")]
    public void Reveal_LeavesTextWithoutControlsAsItIs(string text)
    {
        BidiControls.Any(text).ShouldBeFalse();
        BidiControls.Reveal(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Reveal_OfNull_IsNull() => BidiControls.Reveal(null).ShouldBeNull();
}
