namespace PolicyPortal.Web.Data;

/// <summary>The database engines PolicyPortal runs on; one model, one migration set each.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: the default for a single instance.</summary>
    Sqlite,

    /// <summary>A server shared by several instances.</summary>
    PostgreSql,
}
