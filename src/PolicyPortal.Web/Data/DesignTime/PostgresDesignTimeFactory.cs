using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PolicyPortal.Web.Data.DesignTime;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without starting the app. Never connects.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by dotnet ef.")]
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=localhost;Database=policyportal_design").Options);
}
