using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Tests.Data.Infrastructure;

namespace PolicyPortal.Web.Tests.Data;

/// <summary>The data layer as the running app wires it: migrations on start, readiness, Data Protection keys.</summary>
public abstract class PortalAppDataTests(TestDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IReadOnlyDictionary<string, string?> FreshDatabase(string name)
    {
        database.EnsureAvailable();
        return database.SettingsFor(name + "_" + Guid.NewGuid().ToString("N")[..8]);
    }

    [Fact]
    public async Task Start_OnADatabaseThatDoesNotExist_CreatesItAndAppliesEveryMigration()
    {
        await using var app = PortalApp.Start(FreshDatabase("start"));
        using var client = app.CreateClient();

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        db.Database.GetMigrations().ShouldNotBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(Ct)).ShouldBe(db.Database.GetMigrations());
        (await db.Drafts.CountAsync(Ct)).ShouldBe(0);
        (await client.GetAsync(new Uri("/readyz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DataProtection_KeysLiveInTheDatabase_SoARestartedAppReadsOldPayloads()
    {
        var settings = FreshDatabase("keys");
        string protectedText;
        await using (var first = PortalApp.Start(settings))
        {
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("cookie payload");
            await using var db = await first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
            var keys = await db.DataProtectionKeys.ToListAsync(Ct);
            keys.ShouldNotBeEmpty();
            keys.ShouldAllBe(key => key.Xml != null && key.Xml.Contains("<key"));
        }

        await using var second = PortalApp.Start(settings);
        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText)
            .ShouldBe("cookie payload");
    }
}

public sealed class SqlitePortalAppDataTests(SqliteTestDatabase database) : PortalAppDataTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresPortalAppDataTests(PostgresTestDatabase database) : PortalAppDataTests(database), IClassFixture<PostgresTestDatabase>;
