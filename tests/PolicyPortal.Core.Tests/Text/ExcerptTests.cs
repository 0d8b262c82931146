using PolicyPortal.Core.Text;

namespace PolicyPortal.Core.Tests.Text;

public sealed class ExcerptTests
{
    [Fact]
    public void Of_ShortText_IsTheTextItself() => Excerpt.Of("fr-CA").ShouldBe("fr-CA");

    [Fact]
    public void Of_LongText_IsCutWithAnEllipsisAtTheLimit()
    {
        var excerpt = Excerpt.Of(new string('a', 1_000));

        excerpt.Length.ShouldBe(Excerpt.MaxLength);
        excerpt.ShouldEndWith("a…");
    }

    [Fact]
    public void Of_CutFallingInsideAnEmoji_KeepsTheWholeCharacterOut()
    {
        var text = new string('a', Excerpt.MaxLength - 2) + "😀" + new string('b', 10);

        var excerpt = Excerpt.Of(text);

        Utf16.FirstUnpairedSurrogate(excerpt).ShouldBeNull();
        excerpt.ShouldBe(new string('a', Excerpt.MaxLength - 2) + "…");
    }
}
