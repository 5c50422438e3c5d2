using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class ChecklistTickConfiguration : IEntityTypeConfiguration<ChecklistTick>
{
    public void Configure(EntityTypeBuilder<ChecklistTick> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(t => t.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.TickedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Item).HasMaxLength(Checklist.ItemLength).IsRequired();
        // An item is ticked once per pairing: a double click or the other member at the same moment adds nothing.
        builder.HasIndex(t => new { t.PairingId, t.Item }).IsUnique();
    }
}
