using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MenteeRequestConfiguration : IEntityTypeConfiguration<MenteeRequest>
{
    public void Configure(EntityTypeBuilder<MenteeRequest> builder)
    {
        // One request per person per cycle; withdrawing and re-requesting reuses the row.
        builder.HasIndex(r => new { r.CycleId, r.StaffMemberId }).IsUnique();
        builder.HasOne(r => r.Cycle).WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.StaffMember).WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Goals).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.Strengths).HasMaxLength(2000);
        builder.Property(r => r.Weaknesses).HasMaxLength(2000);
        builder.Property(r => r.Opportunities).HasMaxLength(2000);
        builder.Property(r => r.Threats).HasMaxLength(2000);
        builder.Property(r => r.Avoid).HasMaxLength(1000);
        builder.Property(r => r.Availability).HasMaxLength(1000);
        builder.Property(r => r.TopicIds).HasMaxLength(TopicIdList.MaxLength).IsRequired().HasDefaultValue("");
        builder.HasMany(r => r.Topics).WithOne().HasForeignKey(t => t.MenteeRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Topics).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.AvoidStaff).WithOne().HasForeignKey(a => a.MenteeRequestId).OnDelete(DeleteBehavior.Cascade);
        // Loaded with the request wherever the request itself is loaded (the form edits it); projections are unaffected.
        builder.Navigation(r => r.AvoidStaff).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        // The coordinator's list: one cycle, optionally one status, in status then submission order, paged
        // (issue 12). Serves the filter and the order without a sort, on every provider.
        builder.HasIndex(r => new { r.CycleId, r.Status, r.SubmittedAt, r.Id });
        // The coordinator's home counts what waits in every program (requests waiting, offers to review): by status
        // alone, so a count reads only the matching entries of a narrow index, whatever the size of the pool.
        builder.HasIndex(r => r.Status);
        builder.HasConcurrencyStamp();
    }
}
