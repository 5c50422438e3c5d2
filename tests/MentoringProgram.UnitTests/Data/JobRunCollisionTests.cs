using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace MentoringProgram.UnitTests.Data;

public sealed class JobRunCollisionTests
{
    private static SqliteAppDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Fact]
    public async Task ARunThatLosesSeveralTimes_LooksAgainEachTime_WithNothingLeftTracked()
    {
        using var db = NewContext();
        var attempts = 0;
        var trackedAtEachAttempt = new List<int>();

        var queued = await JobRunCollision.RetryAsync(db, NullLogger.Instance, "Test mails", _ =>
        {
            trackedAtEachAttempt.Add(db.ChangeTracker.Entries().Count());
            db.Departments.Add(new Department($"Attempt {++attempts}"));
            // Three collisions in a row, as when a deadlock and then another run's keys both come between.
            return attempts <= 3 ? throw new DbUpdateException("duplicate key") : Task.FromResult(7);
        }, TestContext.Current.CancellationToken);

        Assert.Equal(7, queued);
        Assert.Equal(4, attempts);
        Assert.Equal([0, 0, 0, 0], trackedAtEachAttempt);
    }

    [Fact]
    public async Task ACollisionWrappedByTheRetryingStrategy_CountsAsOne()
    {
        using var db = NewContext();
        var attempts = 0;

        var queued = await JobRunCollision.RetryAsync(db, NullLogger.Instance, "Test mails", _ =>
            ++attempts == 1 ? throw new InvalidOperationException("retry limit", new DbUpdateException("deadlock")) : Task.FromResult(1),
            TestContext.Current.CancellationToken);

        Assert.Equal(1, queued);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task ARunThatKeepsColliding_GivesUpAfterTheLastAttempt_ForHangfiresRetry()
    {
        using var db = NewContext();
        var attempts = 0;

        await Assert.ThrowsAsync<DbUpdateException>(() => JobRunCollision.RetryAsync<int>(db, NullLogger.Instance, "Test mails", _ =>
        {
            attempts++;
            throw new DbUpdateException("duplicate key");
        }, TestContext.Current.CancellationToken));

        Assert.Equal(JobRunCollision.Attempts, attempts);
    }

    [Fact]
    public async Task AnyOtherFailure_IsNotRetried()
    {
        using var db = NewContext();
        var attempts = 0;

        await Assert.ThrowsAsync<TimeoutException>(() => JobRunCollision.RetryAsync<int>(db, NullLogger.Instance, "Test mails", _ =>
        {
            attempts++;
            throw new TimeoutException();
        }, TestContext.Current.CancellationToken));

        Assert.Equal(1, attempts);
    }
}
