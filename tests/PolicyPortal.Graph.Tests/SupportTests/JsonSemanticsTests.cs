using PolicyPortal.Graph.Tests.Support;

namespace PolicyPortal.Graph.Tests.SupportTests;

/// <summary>The round-trip comparison must be able to fail, or the round-trip tests prove nothing.</summary>
public sealed class JsonSemanticsTests
{
    [Theory]
    [InlineData("\"interval\": 3", "\"interval\": 6")]
    [InlineData("\"isEnabled\": true", "\"isEnabled\": false")]
    [InlineData("\"#microsoft.graph.internalSponsors\"", "\"#microsoft.graph.externalSponsors\"")]
    [InlineData("\"userId\": \"7deff43e-1f17-44ef-9e5f-d516b0ba11d4\"", "\"userId\": \"00000000-1f17-44ef-9e5f-d516b0ba11d4\"")]
    [InlineData("\"startDateTime\": \"2022-07-02T06:59:59.998Z\"", "\"startDateTime\": \"2022-07-02T06:59:59Z\"")]
    [InlineData("\"duration\": \"P14D\"", "\"duration\": \"PT14H\"")]
    public void ShouldMeanTheSame_OneValueChanged_Fails(string original, string changed)
    {
        var json = Fixture.DocsExample(Fixture.Example2);
        json.ShouldContain(original);

        Should.Throw<ShouldAssertException>(() => JsonSemantics.ShouldMeanTheSame(json.Replace(original, changed, StringComparison.Ordinal), json));
    }

    [Fact]
    public void ShouldMeanTheSame_NullsFalsesEmptiesAndReadOnlyMembers_AreIgnored()
    {
        const string Sparse = """{"displayName":"x","expiration":{"type":"noExpiration"},"requestApprovalSettings":{"stages":[{"primaryApprovers":[{"@odata.type":"microsoft.graph.singleUser","userId":"u"}]}]}}""";
        const string Full = """{"displayName":"x","createdDateTime":"2022-01-01T00:00:00Z","expiration":{"type":"noExpiration","duration":null},"specificAllowedTargets":[],"requestApprovalSettings":{"isApprovalRequiredForAdd":false,"stages":[{"isEscalationEnabled":false,"durationBeforeEscalation":"PT0S","primaryApprovers":[{"@odata.type":"#microsoft.graph.singleUser","userId":"u","description":"Ann"}]}]}}""";

        JsonSemantics.ShouldMeanTheSame(Full, Sparse);
    }
}
