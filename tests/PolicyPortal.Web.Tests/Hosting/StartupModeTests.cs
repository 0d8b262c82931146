using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Hosting;

public sealed class StartupModeTests
{
    [Fact]
    public void Start_InProductionWithoutEntraConfiguration_FailsFastNamingTheMissingKeys()
    {
        using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        error.Message.ShouldContain("Production");
        error.Message.ShouldContain("AzureAd:TenantId");
        error.Message.ShouldContain("AzureAd:ClientId");
    }

    [Fact]
    public void Start_WithPartialEntraConfiguration_FailsFastNamingTheMissingKey()
    {
        using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(builder => builder
                .UseEnvironment("Production")
                .UseSetting("AzureAd:ClientId", "00000000-0000-0000-0000-000000000001"));

        var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        error.Message.ShouldContain("AzureAd:TenantId");
        error.Message.ShouldNotContain("AzureAd:ClientId");
    }

    [Fact]
    public async Task Start_InDevelopmentWithoutConfiguration_RunsTheDemoAndAnswersHealthAndPages()
    {
        await using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(builder => builder.UseEnvironment("Development").UseIsolatedSqlite());
        using var client = factory.CreateClient();

        (await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/policies/new", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
