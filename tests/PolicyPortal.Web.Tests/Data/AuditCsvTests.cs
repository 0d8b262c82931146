using PolicyPortal.Web.Data.Audit;

namespace PolicyPortal.Web.Tests.Data;

public sealed class AuditCsvTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("lf\nonly", "\"lf\nonly\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=A1,\"B\"", "\"'=A1,\"\"B\"\"\"")]
    [InlineData("a=1", "a=1")]
    [InlineData(" =HYPERLINK(\"x\")", "\"' =HYPERLINK(\"\"x\"\")\"")]
    [InlineData("\t =1", "'\t =1")]
    [InlineData("\u00A0\u2003@cmd", "'\u00A0\u2003@cmd")]
    [InlineData("   -1", "'   -1")]
    [InlineData("  plain", "  plain")]
    [InlineData("   ", "   ")]
    [InlineData("Partners\u202Eexe.fdp", "Partners[U+202E]exe.fdp")]
    [InlineData("\u2066=1", "[U+2066]=1")]
    public void Field_EscapesForRfc4180AndNeutralisesFormulas(string? value, string expected) =>
        AuditCsv.Field(value).ShouldBe(expected);

    [Fact]
    public void Row_WritesEveryColumnInHeaderOrderEndingWithCrLf()
    {
        var entry = new AuditEntry
        {
            Id = 1,
            At = new DateTimeOffset(2025, 1, 2, 4, 5, 6, 789, TimeSpan.FromHours(1)),
            UserId = "u",
            Action = AuditAction.Update,
            Outcome = AuditOutcome.Failed,
        };

        AuditCsv.Header().ShouldBe(string.Join(',', AuditCsv.Columns) + "\r\n");
        AuditCsv.Row(entry).ShouldBe("2025-01-02T03:05:06.789Z,u,,Update,,,,Failed,,,,,\r\n");
    }
}
