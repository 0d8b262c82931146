using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyPortal.Web.Data.Bulk;

internal sealed class BulkRunConfiguration : IEntityTypeConfiguration<BulkRunRecord>, IEntityTypeConfiguration<BulkRunItemRecord>
{
    public void Configure(EntityTypeBuilder<BulkRunRecord> run)
    {
        run.ToTable("BulkRuns");
        run.HasKey(r => r.Id);
        run.Property(r => r.UserId).HasMaxLength(StoredText.IdLength);
        run.Property(r => r.Description).HasMaxLength(StoredText.ErrorLength);
        run.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
        run.HasIndex(r => new { r.UserId, r.FinishedAt });
    }

    public void Configure(EntityTypeBuilder<BulkRunItemRecord> item)
    {
        item.ToTable("BulkRunItems");
        item.HasKey(i => i.Id);
        item.Property(i => i.Id).ValueGeneratedOnAdd();
        item.Property(i => i.AccessPackageId).HasMaxLength(StoredText.IdLength);
        item.Property(i => i.AccessPackageName).HasMaxLength(StoredText.NameLength);
        item.Property(i => i.PolicyId).HasMaxLength(StoredText.IdLength);
        item.Property(i => i.PolicyDisplayName).HasMaxLength(StoredText.NameLength);
        item.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.GraphRequestId).HasMaxLength(StoredText.IdLength);
        item.Property(i => i.Error).HasMaxLength(StoredText.ErrorLength);
        item.HasIndex(i => new { i.RunId, i.Sequence }).IsUnique();
    }
}
