using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MentorVolunteerConfiguration : IEntityTypeConfiguration<MentorVolunteer>
{
    public void Configure(EntityTypeBuilder<MentorVolunteer> builder)
    {
        builder.HasIndex(v => new { v.CycleId, v.StaffMemberId }).IsUnique();
        builder.HasOne(v => v.Cycle).WithMany().HasForeignKey(v => v.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.StaffMember).WithMany().HasForeignKey(v => v.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Expertise).HasMaxLength(1000);
        builder.Property(v => v.Statement).HasMaxLength(2000);
        builder.Property(v => v.TopicIds).HasMaxLength(TopicIdList.MaxLength).IsRequired().HasDefaultValue("");
        builder.HasMany(v => v.Topics).WithOne().HasForeignKey(t => t.MentorVolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Topics).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The coordinator's list: one cycle, optionally one status, in status then submission order, paged
        // (issue 12). Serves the filter and the order without a sort, on every provider.
        builder.HasIndex(v => new { v.CycleId, v.Status, v.SubmittedAt, v.Id });
        // The coordinator's home counts what waits in every program (requests waiting, offers to review): by status
        // alone, so a count reads only the matching entries of a narrow index, whatever the size of the pool.
        builder.HasIndex(v => v.Status);
        builder.HasConcurrencyStamp();
    }
}
