using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MatchRunConfiguration : IEntityTypeConfiguration<MatchRun>
{
    public void Configure(EntityTypeBuilder<MatchRun> builder)
    {
        builder.HasOne<ProgramCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(450);
        builder.HasMany(r => r.Rows).WithOne().HasForeignKey(r => r.MatchRunId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Rows).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The cycle's latest draft, for the bulk matching page.
        builder.HasIndex(r => new { r.CycleId, r.Id });
        builder.HasConcurrencyStamp();
    }
}
