using Npgsql;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Tests.Data.Infrastructure;

/// <summary>
/// Databases on the PostgreSQL server named by <see cref="Variable"/> (tests/run.sh starts one), each named
/// with this fixture's unique prefix and dropped afterwards.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "POLICYPORTAL_TEST_POSTGRES";

    private readonly string? _server = Environment.GetEnvironmentVariable(Variable);
    private readonly string _prefix = "pp_" + Guid.NewGuid().ToString("N")[..12];

    protected override string? UnavailableReason => string.IsNullOrWhiteSpace(_server)
        ? $"PostgreSQL tests need {Variable}, a connection string to a server where databases may be created "
          + "(tests/run.sh starts a throwaway one)."
        : null;

    public override IReadOnlyDictionary<string, string?> SettingsFor(string name) =>
        new Dictionary<string, string?>
        {
            [DatabaseOptions.ConnectionStringKey] = new NpgsqlConnectionStringBuilder(_server) { Database = $"{_prefix}_{name}" }.ConnectionString,
        };

    internal override void ClearPool(DatabaseTarget target)
    {
        using var connection = new NpgsqlConnection(target.ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    protected override async Task DropAllAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var find = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE @prefix", connection))
        {
            find.Parameters.AddWithValue("prefix", _prefix + "\\_%");
            await using var reader = await find.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            // Names come from pg_database and carry only our prefix's characters; quoted regardless.
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
