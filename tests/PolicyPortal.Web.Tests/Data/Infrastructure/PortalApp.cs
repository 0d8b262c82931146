using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PolicyPortal.Web.Tests.Data.Infrastructure;

/// <summary>The real app (demo mode, Development) with the given settings on top of its own.</summary>
public static class PortalApp
{
    public static WebApplicationFactory<Program> Start(IReadOnlyDictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
