using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Tests.Security;

public sealed class ReturnUrlTests
{
    [Theory]
    [InlineData("/policies/new", "/policies/new")]
    [InlineData("/policies/new?draft=3", "/policies/new?draft=3")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public void LocalOrHome_KeepsOnlyPathsOfThisSite(string? returnUrl, string expected) =>
        AuthenticationEndpoints.LocalOrHome(returnUrl).ShouldBe(expected);

    [Theory]
    [InlineData("https://portal.contoso.test/policies/new?draft=7", "/policies/new?draft=7")]
    [InlineData("https://PORTAL.contoso.test/", "/")]
    [InlineData("http://portal.contoso.test/policies/new", "/")]
    [InlineData("https://evil.example/policies/new", "/")]
    [InlineData("https://portal.contoso.test.evil.example/policies/new", "/")]
    public void LocalOrHome_WithAnAbsoluteUrl_KeepsThePathOnlyForThisOrigin(string returnUrl, string expected) =>
        AuthenticationEndpoints.LocalOrHome(returnUrl, "https://portal.contoso.test").ShouldBe(expected);
}
