using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class ProgramRoleAssignmentConfiguration : IEntityTypeConfiguration<ProgramRoleAssignment>
{
    public void Configure(EntityTypeBuilder<ProgramRoleAssignment> builder)
    {
        builder.HasOne<MentorshipProgram>().WithMany().HasForeignKey(a => a.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasIndex(a => new { a.ProgramId, a.UserId, a.Role }).IsUnique();
    }
}
