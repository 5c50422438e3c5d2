using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(m => m.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.PairingId, m.HeldOn });
        // Meetings logged before scheduling existed were all held: the migration fills the new column with 0, Held.
        builder.HasIndex(m => new { m.PairingId, m.Status });
        builder.Property(m => m.Place).HasMaxLength(Meeting.PlaceLength);
        builder.HasMany(m => m.Topics).WithOne().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Topics).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasConcurrencyStamp();
    }
}
