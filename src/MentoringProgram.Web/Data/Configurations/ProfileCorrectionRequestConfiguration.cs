using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class ProfileCorrectionRequestConfiguration : IEntityTypeConfiguration<ProfileCorrectionRequest>
{
    public void Configure(EntityTypeBuilder<ProfileCorrectionRequest> builder)
    {
        builder.HasOne(r => r.StaffMember).WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.ProposedValue).HasMaxLength(ProfileCorrectionRequest.MaxValueLength).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(ProfileCorrectionRequest.MaxReasonLength).IsRequired();
        builder.Property(r => r.DecidedByUserId).HasMaxLength(450);
        builder.Property(r => r.DecisionNote).HasMaxLength(ProfileCorrectionRequest.MaxReasonLength);
        // The coordinator's home lists pending requests; staff see their own.
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        builder.HasIndex(r => r.StaffMemberId);
        builder.HasConcurrencyStamp();
    }
}
