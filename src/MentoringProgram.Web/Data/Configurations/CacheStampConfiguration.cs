using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class CacheStampConfiguration : IEntityTypeConfiguration<CacheStamp>
{
    public void Configure(EntityTypeBuilder<CacheStamp> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
        // Each row exists from its migration on: renewing one is an update, so saves never race to insert it.
        builder.HasData(new { Name = CacheStamp.Enrollment, Stamp = new Guid("5b0c2f3e-8d1a-4c57-9a0e-2f6b7c1d9e40") });
    }
}
