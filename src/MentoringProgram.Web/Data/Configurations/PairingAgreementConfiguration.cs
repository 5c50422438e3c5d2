using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class PairingAgreementConfiguration : IEntityTypeConfiguration<PairingAgreement>
{
    public void Configure(EntityTypeBuilder<PairingAgreement> builder)
    {
        builder.HasOne<Pairing>().WithOne().HasForeignKey<PairingAgreement>(a => a.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Goals).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.MeetingFrequency).HasMaxLength(500);
        builder.Property(a => a.Confidentiality).HasMaxLength(2000);
        builder.HasConcurrencyStamp();
    }
}
