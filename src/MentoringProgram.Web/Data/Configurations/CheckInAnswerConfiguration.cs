using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class CheckInAnswerConfiguration : IEntityTypeConfiguration<CheckInAnswer>
{
    public void Configure(EntityTypeBuilder<CheckInAnswer> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(a => a.PairingId).OnDelete(DeleteBehavior.Cascade);
        // One answer per pairing per check-in period, whatever is replayed or posted twice at once.
        builder.HasIndex(a => new { a.PairingId, a.Period }).IsUnique();
    }
}
