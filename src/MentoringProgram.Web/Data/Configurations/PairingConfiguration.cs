using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> builder)
    {
        builder.HasOne(p => p.Cycle).WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MenteeRequest>().WithMany().HasForeignKey(p => p.MenteeRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MentorVolunteer>().WithMany().HasForeignKey(p => p.MentorVolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Mentee).WithMany().HasForeignKey(p => p.MenteeStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Mentor).WithMany().HasForeignKey(p => p.MentorStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.EndReason).HasMaxLength(1000);
        builder.Property(p => p.MatchReason).HasMaxLength(2000);
        builder.Property(p => p.IntroductionNote).HasMaxLength(Pairing.IntroductionNoteLength);
        // One live (proposed or active: Pairing.Live) pairing per request, whoever proposes it and however many at
        // once. Double quotes name the column on all three providers (SQL Server with QUOTED_IDENTIFIER on, its default).
        builder.HasIndex(p => p.MenteeRequestId).IsUnique().HasFilter("\"Status\" IN (0, 1)").HasDatabaseName("IX_Pairings_OneLivePerRequest");
        builder.HasIndex(p => p.Status);
        builder.HasConcurrencyStamp();
    }
}
