using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Tests.Security;

public sealed class TenantConfigurationTests
{
    private const string ClientId = "99999999-8888-7777-6666-555555555555";

    [Fact]
    public void Resolve_WithInstanceTenantAndClient_IsTenantMode() =>
        Resolve(new() { ["AzureAd:Instance"] = "https://login.microsoftonline.com/", ["AzureAd:TenantId"] = "t", ["AzureAd:ClientId"] = ClientId })
            .ShouldBe(PortalMode.Tenant);

    [Fact]
    public void Resolve_WithAuthorityAndClientOnly_IsTenantMode() =>
        Resolve(new() { ["AzureAd:Authority"] = "https://login.microsoftonline.us/t/v2.0", ["AzureAd:ClientId"] = ClientId })
            .ShouldBe(PortalMode.Tenant);

    [Fact]
    public void Resolve_WithClientButNoAuthority_FailsNamingBothWaysToSayWhere()
    {
        var error = Should.Throw<InvalidOperationException>(() => Resolve(new() { ["AzureAd:ClientId"] = ClientId }));

        error.Message.ShouldContain("AzureAd:Instance, AzureAd:TenantId");
        error.Message.ShouldContain("AzureAd:Authority");
    }

    [Fact]
    public void Resolve_WithNothingInDevelopment_IsDemoMode() =>
        Resolve([], Environments.Development).ShouldBe(PortalMode.Demo);

    [Fact]
    public void Resolve_WithNothingInStaging_FailsNamingTheDemoModeKey()
    {
        var error = Should.Throw<InvalidOperationException>(() => Resolve([]));

        error.Message.ShouldContain("Portal:DemoMode=true");
        error.Message.ShouldContain("AzureAd:ClientId");
    }

    [Fact]
    public void Resolve_WithDemoModeTurnedOnInStaging_IsDemoMode() =>
        Resolve(new() { ["Portal:DemoMode"] = "true" }).ShouldBe(PortalMode.Demo);

    [Fact]
    public void Resolve_WithAuthorityButNoClientInProduction_FailsNamingTheClientId()
    {
        var error = Should.Throw<InvalidOperationException>(() =>
            Resolve(new() { ["AzureAd:Authority"] = "https://login.microsoftonline.com/t/v2.0" }, Environments.Production));

        error.Message.ShouldContain("AzureAd:ClientId");
        error.Message.ShouldNotContain("AzureAd:TenantId");
    }

    private static PortalMode Resolve(Dictionary<string, string?> settings, string environment = "Staging") =>
        PortalModeResolver.Resolve(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            new HostingEnvironment { EnvironmentName = environment });
}
