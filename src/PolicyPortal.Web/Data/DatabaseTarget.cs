using Microsoft.Data.Sqlite;
using Npgsql;

namespace PolicyPortal.Web.Data;

/// <summary>The database PolicyPortal actually uses, decided once at start from <see cref="DatabaseOptions"/>.</summary>
internal sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string? SqliteFile)
{
    /// <summary>Applies the provider rule; throws naming every offending key.</summary>
    public static DatabaseTarget Resolve(DatabaseOptions options, string contentRootPath)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var provider = options.Provider ?? (hasConnectionString ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite);
        var errors = new List<string>();

        if (provider == DatabaseProvider.PostgreSql && !hasConnectionString)
        {
            errors.Add($"{DatabaseOptions.Section}:Provider is PostgreSql but {DatabaseOptions.ConnectionStringKey} is empty.");
        }

        if (provider == DatabaseProvider.Sqlite && hasConnectionString)
        {
            errors.Add($"{DatabaseOptions.ConnectionStringKey} is set but {DatabaseOptions.Section}:Provider is Sqlite; remove one of them.");
        }

        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            errors.Add($"{DatabaseOptions.Section}:SqlitePath must name a file (default {DatabaseOptions.DefaultSqlitePath}).");
        }

        if (errors.Count == 0 && provider == DatabaseProvider.PostgreSql)
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            }
            catch (ArgumentException error)
            {
                // The parser's message names the keyword, never the password.
                errors.Add($"{DatabaseOptions.ConnectionStringKey} is not a valid PostgreSQL connection string: {error.Message}");
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                "Database configuration is invalid. " + string.Join(" ", errors) + " See appsettings.sample.json.");
        }

        if (provider == DatabaseProvider.PostgreSql)
        {
            return new DatabaseTarget(provider, options.ConnectionString!, SqliteFile: null);
        }

        var file = Path.GetFullPath(options.SqlitePath, contentRootPath);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        return new DatabaseTarget(provider, connectionString, file);
    }

    /// <summary>Where the data lives, for logs: no credentials.</summary>
    public string Describe()
    {
        if (SqliteFile is not null)
        {
            return $"SQLite file {SqliteFile}";
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
    }
}
