using System.Text.Json;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MentorshipProgramConfiguration : IEntityTypeConfiguration<MentorshipProgram>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<MentorshipProgram> builder)
    {
        builder.ToTable("Programs");
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.Expectations).HasMaxLength(8000);
        builder.Property(p => p.CoordinatorContact).HasMaxLength(256);
        builder.Property(p => p.LunchAllowance).HasPrecision(10, 2);
        builder.Ignore(p => p.Term);
        // The cadence is a small value (a few phases) that is always read and written whole: one JSON column.
        builder.Property(p => p.Cadence)
            .HasConversion(
                rule => JsonSerializer.Serialize(rule.Phases, JsonOptions),
                json => new CadenceRule(JsonSerializer.Deserialize<List<CadencePhase>>(json, JsonOptions)!),
                new ValueComparer<CadenceRule>(
                    (a, b) => a!.Phases.SequenceEqual(b!.Phases),
                    rule => rule.Phases.Aggregate(0, (hash, phase) => HashCode.Combine(hash, phase.GetHashCode())),
                    rule => new CadenceRule(rule.Phases)))
            .HasMaxLength(2000)
            .IsRequired();
        builder.Property(p => p.MatchWeights)
            .HasConversion(
                weights => JsonSerializer.Serialize(weights, JsonOptions),
                json => string.IsNullOrEmpty(json) ? MatchWeights.Default : JsonSerializer.Deserialize<MatchWeights>(json, JsonOptions) ?? MatchWeights.Default)
            .HasMaxLength(500)
            .IsRequired();
        builder.Property(p => p.ChecklistTemplate).HasMaxLength(4000);
        builder.Property(p => p.TimeZoneId).HasMaxLength(100).IsRequired();
        builder.HasMany(p => p.Cycles).WithOne(c => c.Program).HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Cycles).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Topics).WithOne().HasForeignKey(t => t.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Topics).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasConcurrencyStamp();
    }
}
