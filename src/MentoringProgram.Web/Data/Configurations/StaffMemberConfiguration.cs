using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.FullName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.WorkEmail).HasMaxLength(256).IsRequired();
        builder.HasIndex(s => s.WorkEmail).IsUnique();
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<StaffMember>(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.JobTitle).HasMaxLength(200);
        builder.Property(s => s.SupervisorName).HasMaxLength(200);
        builder.Property(s => s.SupervisorEmail).HasMaxLength(256);
        builder.Property(s => s.Location).HasMaxLength(200);
        builder.Property(s => s.Phone).HasMaxLength(50);
        builder.Property(s => s.Bio).HasMaxLength(2000);
        builder.Property(s => s.Expertise).HasMaxLength(1000);
        builder.Property(s => s.AvailabilityNotes).HasMaxLength(1000);
        builder.HasIndex(s => s.FullName);
        builder.HasConcurrencyStamp();
    }
}
