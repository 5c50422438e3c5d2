using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>
/// A job's save lost to another instance's run of the same job: a unique key refused a row, or PostgreSQL broke a
/// deadlock between the two (which the retrying execution strategy reports wrapped). The job then looks again and
/// finds the other run's rows.
/// </summary>
public static class JobRunCollision
{
    /// <summary>How many times a run looks before it leaves the collision to Hangfire's own retry.</summary>
    public const int Attempts = 5;

    public static bool Is(Exception exception) => exception is DbUpdateException || exception.InnerException is DbUpdateException;

    /// <summary>
    /// Runs <paramref name="run"/>, and after a collision clears what it tracked and runs it again. One look again is not
    /// enough with several runs at once: a run can lose a deadlock to one run before that run has committed, look again,
    /// and then meet the same rows when it does (EF orders a batch's inserts by their random ids, so two runs' batches can
    /// cross). Every collision means another run saved, so each attempt has less left to collide over.
    /// </summary>
    public static async Task<T> RetryAsync<T>(AppDbContext db, ILogger logger, string job, Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await run(cancellationToken);
            }
            catch (Exception collided) when (attempt < Attempts && Is(collided))
            {
                logger.LogInformation("{Job} collided with another run (attempt {Attempt}); checking again", job, attempt);
                db.ChangeTracker.Clear();
            }
        }
    }
}
