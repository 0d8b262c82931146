using Microsoft.Data.Sqlite;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Tests.Data.Infrastructure;

/// <summary>SQLite files in the fixture's temp folder, one sub-folder per database (so folder creation is exercised).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public override IReadOnlyDictionary<string, string?> SettingsFor(string name) =>
        new Dictionary<string, string?> { ["Database:SqlitePath"] = Path.Combine(Root, name, "policyportal.db") };

    internal override void ClearPool(DatabaseTarget target)
    {
        using var connection = new SqliteConnection(target.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    protected override Task DropAllAsync()
    {
        // Pooled connections keep files open; the folder goes with the fixture.
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
