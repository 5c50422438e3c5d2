using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>
/// A job's save lost to another instance's run of the same job: a unique key refused a row, or PostgreSQL broke a
/// deadlock between the two (which the retrying execution strategy reports wrapped). The job then looks again and
/// finds the other run's rows.
/// </summary>
public static class JobRunCollision
{
    public static bool Is(Exception exception) => exception is DbUpdateException || exception.InnerException is DbUpdateException;
}
