using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MentorVolunteerTopicConfiguration : IEntityTypeConfiguration<MentorVolunteerTopic>
{
    public void Configure(EntityTypeBuilder<MentorVolunteerTopic> builder)
    {
        builder.HasKey(t => new { t.MentorVolunteerId, t.TopicId });
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
