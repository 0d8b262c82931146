using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyPortal.Web.Data.Drafts;

internal sealed class DraftRecordConfiguration : IEntityTypeConfiguration<DraftRecord>
{
    public void Configure(EntityTypeBuilder<DraftRecord> draft)
    {
        draft.ToTable("Drafts");
        draft.HasKey(d => d.Id);
        draft.Property(d => d.Id).ValueGeneratedNever();
        draft.Property(d => d.OwnerId).HasMaxLength(StoredText.IdLength);
        draft.Property(d => d.AccessPackageId).HasMaxLength(StoredText.IdLength);
        draft.Property(d => d.AccessPackageName).HasMaxLength(StoredText.NameLength);
        draft.Property(d => d.PolicyDisplayName).HasMaxLength(StoredText.NameLength);
        draft.Property(d => d.CurrentStep).HasMaxLength(StoredText.StepLength);
        draft.Property(d => d.PayloadJson);
        draft.Property(d => d.Mode).HasConversion<string>().HasMaxLength(16);
        draft.Property(d => d.SourcePolicyId).HasMaxLength(StoredText.IdLength);
        draft.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        draft.Property(d => d.SubmittedPolicyId).HasMaxLength(StoredText.IdLength);
        draft.Property(d => d.Version).IsConcurrencyToken();

        // Serves "my drafts, newest first" and "latest draft".
        draft.HasIndex(d => new { d.OwnerId, d.State, d.UpdatedAt });
    }
}
