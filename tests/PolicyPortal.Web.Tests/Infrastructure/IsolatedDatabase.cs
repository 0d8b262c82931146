using Microsoft.AspNetCore.Hosting;

namespace PolicyPortal.Web.Tests.Infrastructure;

public static class IsolatedDatabase
{
    /// <summary>A fresh SQLite file per app under test: test classes run in parallel and must not share the default file.</summary>
    public static IWebHostBuilder UseIsolatedSqlite(this IWebHostBuilder builder) =>
        builder.UseSetting("Database:SqlitePath", Path.Combine(Path.GetTempPath(), $"policyportal-test-{Guid.NewGuid():N}.db"));
}
