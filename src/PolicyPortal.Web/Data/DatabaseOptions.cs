namespace PolicyPortal.Web.Data;

/// <summary>
/// Where PolicyPortal keeps drafts, the audit log and Data Protection keys (section <c>Database</c>,
/// plus <c>ConnectionStrings:PolicyPortal</c>).
/// </summary>
/// <remarks>
/// Provider rule: <see cref="Provider"/> when set; otherwise PostgreSQL when the connection string is set,
/// else SQLite at <see cref="SqlitePath"/>. An explicit provider that contradicts the connection string
/// fails at start, so a deployment never silently falls back to a local file.
/// </remarks>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "PolicyPortal";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    public const string DefaultSqlitePath = "data/policyportal.db";

    /// <summary><c>Sqlite</c> or <c>PostgreSql</c>; empty means "decided by the connection string".</summary>
    public DatabaseProvider? Provider { get; set; }

    /// <summary>The SQLite file; relative paths are under the content root. Its folder is created on start.</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>Apply pending migrations before the server accepts requests. Turn off when a release step migrates.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>From <c>ConnectionStrings:PolicyPortal</c>, not from this section.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Binds the section and the connection string. A value of the wrong type fails naming its key.</summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(Section).Bind(options);
        options.ConnectionString = configuration.GetConnectionString(ConnectionStringName);
        return options;
    }
}
