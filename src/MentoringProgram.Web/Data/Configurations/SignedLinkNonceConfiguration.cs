using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

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
