using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MenteeRequestAvoidConfiguration : IEntityTypeConfiguration<MenteeRequestAvoid>
{
    public void Configure(EntityTypeBuilder<MenteeRequestAvoid> builder)
    {
        builder.HasKey(a => new { a.MenteeRequestId, a.StaffMemberId });
        // Restrict, not cascade: staff rows are deactivated rather than deleted, and SQL Server refuses a second cascade
        // path to the request (staff -> request -> avoid).
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
