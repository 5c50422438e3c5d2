using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class ProgramTopicConfiguration : IEntityTypeConfiguration<ProgramTopic>
{
    public void Configure(EntityTypeBuilder<ProgramTopic> builder)
    {
        builder.HasKey(t => new { t.ProgramId, t.TopicId });
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
