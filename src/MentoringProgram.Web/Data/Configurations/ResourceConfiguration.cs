using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

public sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.HasOne<MentorshipProgram>().WithMany().HasForeignKey(r => r.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Title).HasMaxLength(Resource.TitleMaxLength).IsRequired();
        builder.Property(r => r.Markdown).HasMaxLength(Resource.MarkdownMaxLength).IsRequired();
        // The library and a pairing page read a program's resources and the library-wide ones in this order.
        builder.HasIndex(r => new { r.ProgramId, r.Kind, r.SortOrder });
    }
}
