using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(SurveyQuestion.TextMaxLength).IsRequired();
        builder.Property(q => q.Choices).HasMaxLength(SurveyQuestion.ChoicesMaxLength);
    }
}
