using Microsoft.Extensions.Configuration;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Tests.Data;

public sealed class DatabaseTargetTests
{
    private const string Postgres = "Host=db.example;Port=5433;Database=portal;Username=app;Password=s3cret";
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "portal-root");

    private static DatabaseTarget Resolve(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
        return DatabaseTarget.Resolve(DatabaseOptions.From(configuration), ContentRoot);
    }

    [Fact]
    public void Resolve_WithNothingConfigured_UsesSqliteUnderTheContentRootsDataFolder()
    {
        var target = Resolve();

        target.Provider.ShouldBe(DatabaseProvider.Sqlite);
        target.SqliteFile.ShouldBe(Path.Combine(ContentRoot, "data", "policyportal.db"));
        target.ConnectionString.ShouldContain(target.SqliteFile!);
    }

    [Fact]
    public void Resolve_WithARelativeSqlitePath_PlacesItUnderTheContentRoot()
    {
        Resolve(("Database:SqlitePath", "state/portal.sqlite")).SqliteFile
            .ShouldBe(Path.Combine(ContentRoot, "state", "portal.sqlite"));
    }

    [Fact]
    public void Resolve_WithAConnectionString_UsesPostgreSql()
    {
        var target = Resolve(("ConnectionStrings:PolicyPortal", Postgres));

        target.Provider.ShouldBe(DatabaseProvider.PostgreSql);
        target.ConnectionString.ShouldBe(Postgres);
        target.SqliteFile.ShouldBeNull();
        target.Describe().ShouldBe("PostgreSQL database portal on db.example:5433");
    }

    [Fact]
    public void Resolve_WithExplicitProviderMatchingTheConnectionString_UsesIt()
    {
        Resolve(("Database:Provider", "PostgreSql"), ("ConnectionStrings:PolicyPortal", Postgres)).Provider.ShouldBe(DatabaseProvider.PostgreSql);
        Resolve(("Database:Provider", "sqlite")).Provider.ShouldBe(DatabaseProvider.Sqlite);
    }

    [Fact]
    public void Resolve_PostgreSqlWithoutConnectionString_FailsNamingBothKeys()
    {
        var error = Should.Throw<InvalidOperationException>(() => Resolve(("Database:Provider", "PostgreSql")));

        error.Message.ShouldContain("Database:Provider");
        error.Message.ShouldContain("ConnectionStrings:PolicyPortal");
    }

    [Fact]
    public void Resolve_SqliteWithAConnectionString_FailsRatherThanIgnoringOne()
    {
        var error = Should.Throw<InvalidOperationException>(() => Resolve(("Database:Provider", "Sqlite"), ("ConnectionStrings:PolicyPortal", Postgres)));

        error.Message.ShouldContain("ConnectionStrings:PolicyPortal is set but Database:Provider is Sqlite");
    }

    [Fact]
    public void Resolve_WithAnUnknownProvider_FailsNamingTheKey()
    {
        var error = Should.Throw<InvalidOperationException>(() => Resolve(("Database:Provider", "Oracle")));

        error.Message.ShouldContain("Database:Provider");
    }

    [Fact]
    public void Resolve_WithAMalformedConnectionString_FailsNamingTheKeyButNotThePassword()
    {
        var error = Should.Throw<InvalidOperationException>(() => Resolve(("ConnectionStrings:PolicyPortal", "Host=db;Password=s3cret;Bogus=1")));

        error.Message.ShouldContain("ConnectionStrings:PolicyPortal");
        error.Message.ShouldNotContain("s3cret");
    }
}
