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
}
