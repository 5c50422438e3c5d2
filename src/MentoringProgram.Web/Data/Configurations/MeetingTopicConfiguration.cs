using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MeetingTopicConfiguration : IEntityTypeConfiguration<MeetingTopic>
{
    public void Configure(EntityTypeBuilder<MeetingTopic> builder)
    {
        builder.HasKey(t => new { t.MeetingId, t.TopicId });
        builder.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
