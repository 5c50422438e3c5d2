using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MenteeRequestTopicConfiguration : IEntityTypeConfiguration<MenteeRequestTopic>
{
    public void Configure(EntityTypeBuilder<MenteeRequestTopic> builder)
    {
        builder.HasKey(t => new { t.MenteeRequestId, t.TopicId });
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
