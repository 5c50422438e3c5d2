using MentoringProgram.Web.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class MailServerStatusConfiguration : IEntityTypeConfiguration<MailServerStatus>
{
    public void Configure(EntityTypeBuilder<MailServerStatus> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.LastError).HasMaxLength(2000);
        builder.Ignore(s => s.IsUnreachable);
        // The one row exists from the first migration on, so instances never race to insert it.
        builder.HasData(new { Id = MailServerStatus.SingletonId, ConsecutiveFailures = 0 });
    }
}
