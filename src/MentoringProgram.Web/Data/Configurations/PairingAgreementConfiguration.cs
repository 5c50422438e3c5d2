using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class PairingAgreementConfiguration : IEntityTypeConfiguration<PairingAgreement>
{
    public void Configure(EntityTypeBuilder<PairingAgreement> builder)
    {
        builder.HasOne<Pairing>().WithOne().HasForeignKey<PairingAgreement>(a => a.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Goals).HasMaxLength(PairingAgreement.GoalsLength).IsRequired();
        builder.Property(a => a.MeetingFrequency).HasMaxLength(PairingAgreement.MeetingPlanLength);
        builder.Property(a => a.Confidentiality).HasMaxLength(PairingAgreement.ConfidentialityLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.LastEditedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasConcurrencyStamp();
    }
}
