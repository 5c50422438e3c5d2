using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class LunchExpenseConfiguration : IEntityTypeConfiguration<LunchExpense>
{
    public void Configure(EntityTypeBuilder<LunchExpense> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(e => e.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.LoggedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Amount).HasPrecision(10, 2);
        builder.Property(e => e.Note).HasMaxLength(LunchExpense.NoteLength);
    }
}
