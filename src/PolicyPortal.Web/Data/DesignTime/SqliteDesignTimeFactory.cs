using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PolicyPortal.Web.Data.DesignTime;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the app. Never connects.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by dotnet ef.")]
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
