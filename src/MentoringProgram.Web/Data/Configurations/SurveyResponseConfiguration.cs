using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProgramCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Pairing>().WithMany().HasForeignKey(r => r.PairingId).OnDelete(DeleteBehavior.NoAction);
        // One response per person per survey and pairing, on every provider: PairingId is required, so no provider's
        // treatment of NULLs (distinct, or filtered out on SQL Server) lets a second response in.
        builder.HasIndex(r => new { r.SurveyId, r.StaffMemberId, r.PairingId }).IsUnique();
        builder.HasConcurrencyStamp();
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
