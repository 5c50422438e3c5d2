using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
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
        builder.HasIndex(p => p.Status);
        builder.HasConcurrencyStamp();
    }
}

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(m => m.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.PairingId, m.HeldOn });
    }
}

public sealed class PrivateNoteConfiguration : IEntityTypeConfiguration<PrivateNote>
{
    public void Configure(EntityTypeBuilder<PrivateNote> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(n => n.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(n => n.Text).HasMaxLength(8000).IsRequired();
    }
}

public sealed class PairingAgreementConfiguration : IEntityTypeConfiguration<PairingAgreement>
{
    public void Configure(EntityTypeBuilder<PairingAgreement> builder)
    {
        builder.HasOne<Pairing>().WithOne().HasForeignKey<PairingAgreement>(a => a.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Goals).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.MeetingFrequency).HasMaxLength(500);
        builder.Property(a => a.Confidentiality).HasMaxLength(2000);
        builder.HasConcurrencyStamp();
    }
}

public sealed class SignedLinkNonceConfiguration : IEntityTypeConfiguration<SignedLinkNonce>
{
    public void Configure(EntityTypeBuilder<SignedLinkNonce> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Purpose).HasMaxLength(100).IsRequired();
        builder.Property(n => n.Subject).HasMaxLength(200).IsRequired();
        builder.HasIndex(n => n.ExpiresAt);
    }
}

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.HasOne<MentorshipProgram>().WithMany().HasForeignKey(s => s.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(1000).IsRequired();
        builder.Property(q => q.Choices).HasMaxLength(2000);
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProgramCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(r => new { r.SurveyId, r.StaffMemberId, r.PairingId }).IsUnique();
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.TextValue).HasMaxLength(4000);
    }
}

public sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.HasOne<MentorshipProgram>().WithMany().HasForeignKey(r => r.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Markdown).HasMaxLength(20000).IsRequired();
    }
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.ActorUserId).HasMaxLength(450);
        builder.Property(a => a.Action).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.HasIndex(a => a.At);
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.Property(m => m.ToAddress).HasMaxLength(256).IsRequired();
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Ignore(m => m.MessageId);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
