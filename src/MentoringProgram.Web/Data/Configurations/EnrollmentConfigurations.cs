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
        builder.HasMany(r => r.Topics).WithOne().HasForeignKey(t => t.MenteeRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Topics).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => r.Status);
        builder.HasConcurrencyStamp();
    }
}

public sealed class MenteeRequestTopicConfiguration : IEntityTypeConfiguration<MenteeRequestTopic>
{
    public void Configure(EntityTypeBuilder<MenteeRequestTopic> builder)
    {
        builder.HasKey(t => new { t.MenteeRequestId, t.TopicId });
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MentorVolunteerConfiguration : IEntityTypeConfiguration<MentorVolunteer>
{
    public void Configure(EntityTypeBuilder<MentorVolunteer> builder)
    {
        builder.HasIndex(v => new { v.CycleId, v.StaffMemberId }).IsUnique();
        builder.HasOne(v => v.Cycle).WithMany().HasForeignKey(v => v.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.StaffMember).WithMany().HasForeignKey(v => v.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Expertise).HasMaxLength(1000);
        builder.Property(v => v.Statement).HasMaxLength(2000);
        builder.HasMany(v => v.Topics).WithOne().HasForeignKey(t => t.MentorVolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Topics).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(v => v.Status);
        builder.HasConcurrencyStamp();
    }
}

public sealed class MentorVolunteerTopicConfiguration : IEntityTypeConfiguration<MentorVolunteerTopic>
{
    public void Configure(EntityTypeBuilder<MentorVolunteerTopic> builder)
    {
        builder.HasKey(t => new { t.MentorVolunteerId, t.TopicId });
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
