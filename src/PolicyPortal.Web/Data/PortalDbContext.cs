using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Data.Bulk;
using PolicyPortal.Web.Data.Drafts;

namespace PolicyPortal.Web.Data;

/// <summary>
/// The one model. Each provider derives its own context so each keeps its own migrations
/// (<see cref="SqlitePortalDbContext"/>, <see cref="PostgresPortalDbContext"/>). Never injected directly:
/// Blazor Server circuits share a scope for their lifetime, so services create short-lived contexts
/// through <see cref="IDbContextFactory{PortalDbContext}"/>.
/// </summary>
internal abstract class PortalDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DraftRecord> Drafts => Set<DraftRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<BulkRunRecord> BulkRuns => Set<BulkRunRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DraftRecordConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration<BulkRunRecord>(new BulkRunConfiguration());
        modelBuilder.ApplyConfiguration<BulkRunItemRecord>(new BulkRunConfiguration());
    }
}
