using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyPortal.Web.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        entry.Property(e => e.UserId).HasMaxLength(StoredText.IdLength);
        entry.Property(e => e.UserDisplayName).HasMaxLength(StoredText.NameLength);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.AccessPackageId).HasMaxLength(StoredText.IdLength);
        entry.Property(e => e.PolicyId).HasMaxLength(StoredText.IdLength);
        entry.Property(e => e.PolicyDisplayName).HasMaxLength(StoredText.NameLength);
        entry.Property(e => e.RequestJson);
        entry.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.GraphRequestId).HasMaxLength(StoredText.IdLength);
        entry.Property(e => e.Error).HasMaxLength(StoredText.ErrorLength);

        entry.HasIndex(e => e.At);
        entry.HasIndex(e => e.UserId);
        entry.HasIndex(e => e.AccessPackageId);
    }
}
