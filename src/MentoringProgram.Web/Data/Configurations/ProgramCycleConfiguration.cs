using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class ProgramCycleConfiguration : IEntityTypeConfiguration<ProgramCycle>
{
    public void Configure(EntityTypeBuilder<ProgramCycle> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => new { c.ProgramId, c.Name }).IsUnique();
        builder.Ignore(c => c.Enrollment);
    }
}
