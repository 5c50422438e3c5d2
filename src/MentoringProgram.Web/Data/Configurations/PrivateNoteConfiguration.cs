using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class PrivateNoteConfiguration : IEntityTypeConfiguration<PrivateNote>
{
    public void Configure(EntityTypeBuilder<PrivateNote> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(n => n.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Meeting).WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(n => n.Text).HasMaxLength(8000).IsRequired();
    }
}
