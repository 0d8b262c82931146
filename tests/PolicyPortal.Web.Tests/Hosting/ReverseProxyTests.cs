using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyPortal.Web.Tests.Infrastructure;

namespace PolicyPortal.Web.Tests.Hosting;

public sealed class ReverseProxyTests
{
    [Fact]
    public void KnownProxiesAndNetworks_FromConfiguration_AreTheOnesBelieved()
    {
        using var factory = Factory(("ForwardedHeaders:KnownProxies:0", "10.1.2.3"), ("ForwardedHeaders:KnownNetworks:0", "172.18.0.0/16"));

        var options = factory.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        options.KnownProxies.ShouldContain(IPAddress.Parse("10.1.2.3"));
        options.KnownIPNetworks.ShouldContain(System.Net.IPNetwork.Parse("172.18.0.0/16"));
        options.ForwardedHeaders.ShouldBe(Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto);
    }

    [Fact]
    public void AMistypedProxy_StopsTheStart_NamingTheKeyAndTheValue()
    {
        using var factory = Factory(("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33"));

        var error = Should.Throw<InvalidOperationException>(() => factory.Services);

        error.Message.ShouldContain("ForwardedHeaders:KnownNetworks has “10.0.0.0/33”");
    }

    private static WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development").UseIsolatedSqlite();
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
