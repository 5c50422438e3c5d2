using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentoringProgram.Web.Data.Configurations;

internal static class ConcurrencyStampConvention
{
    /// <summary>The stamp is a concurrency token on every provider; the SaveChanges interceptor renews it.</summary>
    public static void HasConcurrencyStamp<T>(this EntityTypeBuilder<T> builder)
        where T : class, IConcurrencyStamped =>
        builder.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
}
