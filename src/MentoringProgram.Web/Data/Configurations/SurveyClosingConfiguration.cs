using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class SurveyClosingConfiguration : IEntityTypeConfiguration<SurveyClosing>
{
    public void Configure(EntityTypeBuilder<SurveyClosing> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(c => c.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProgramCycle>().WithMany().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.NoAction);
        // Closed once per survey and cycle: two coordinators closing at the same moment make one closing.
        builder.HasIndex(c => new { c.SurveyId, c.CycleId }).IsUnique();
        builder.Property(c => c.ClosedByUserId).HasMaxLength(450);
    }
}
