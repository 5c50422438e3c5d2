using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class EarlyCheckAnswerConfiguration : IEntityTypeConfiguration<EarlyCheckAnswer>
{
    public void Configure(EntityTypeBuilder<EarlyCheckAnswer> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(a => a.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
        // One answer per member per pairing, whatever is replayed or posted twice at once.
        builder.HasIndex(a => new { a.PairingId, a.StaffId }).IsUnique();
    }
}
