using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MatchRunRowConfiguration : IEntityTypeConfiguration<MatchRunRow>
{
    public void Configure(EntityTypeBuilder<MatchRunRow> builder)
    {
        builder.HasOne<MenteeRequest>().WithMany().HasForeignKey(r => r.MenteeRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MentorVolunteer>().WithMany().HasForeignKey(r => r.MentorVolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Reasons).HasMaxLength(2000);
        builder.Property(r => r.UnmatchedReason).HasMaxLength(500);
    }
}
