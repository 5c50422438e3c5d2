using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class PairingEndRequestConfiguration : IEntityTypeConfiguration<PairingEndRequest>
{
    public void Configure(EntityTypeBuilder<PairingEndRequest> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(r => r.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.RequestedByStaffId).OnDelete(DeleteBehavior.Restrict);
        // One row per pairing, reused: two members asking at the same moment cannot open two requests.
        builder.HasIndex(r => r.PairingId).IsUnique();
        builder.Property(r => r.Message).HasMaxLength(PairingEndRequest.MessageLength);
        builder.Property(r => r.CoordinatorWord).HasMaxLength(PairingEndRequest.CoordinatorWordLength);
        builder.HasConcurrencyStamp();
    }
}
