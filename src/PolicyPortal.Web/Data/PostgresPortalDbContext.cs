using Microsoft.EntityFrameworkCore;

namespace PolicyPortal.Web.Data;

/// <summary>The model on PostgreSQL; migrations in <c>Data/Migrations/PostgreSql</c>.</summary>
internal sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
