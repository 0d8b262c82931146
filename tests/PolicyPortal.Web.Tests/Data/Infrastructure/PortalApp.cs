using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PolicyPortal.Web.Tests.Data.Infrastructure;

/// <summary>The real app (demo mode, Development) with the given settings on top of its own.</summary>
public static class PortalApp
{
    /// <remarks>On a loopback Kestrel port, not the in-memory test server: readiness calls the sandbox tenant over
    /// HTTP at the server's own address, as it does for people.</remarks>
    public static WebApplicationFactory<Program> Start(IReadOnlyDictionary<string, string?> settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        return factory;
    }
}
