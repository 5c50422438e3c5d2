using MentoringProgram.Web.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MentoringProgram.UnitTests.Infrastructure;

public sealed class SessionCheckCacheTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ACheck_IsRememberedForLessThanTheInterval_ThenForgotten()
    {
        var cache = new SessionCheckCache(_clock);
        cache.Remember("u1", "stamp-a", ["Staff"]);

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(["Staff"], cache.RecentRoles("u1", "stamp-a", Interval));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cache.RecentRoles("u1", "stamp-a", Interval));
    }

    [Fact]
    public void ACheck_CountsOnlyForTheStampItSaw_AndTheAccountItWasFor()
    {
        var cache = new SessionCheckCache(_clock);
        cache.Remember("u1", "stamp-a", ["Staff"]);

        Assert.Null(cache.RecentRoles("u1", "stamp-b", Interval));
        Assert.Null(cache.RecentRoles("u2", "stamp-a", Interval));
    }

    [Fact]
    public void Forget_DropsEveryCheckOfThatAccount_AndOnlyThose()
    {
        var cache = new SessionCheckCache(_clock);
        cache.Remember("u1", "stamp-a", ["Staff"]);
        cache.Remember("u1", "stamp-b", ["Staff", "Coordinator"]);
        cache.Remember("u2", "stamp-c", ["Staff"]);

        cache.Forget("u1");

        Assert.Null(cache.RecentRoles("u1", "stamp-a", Interval));
        Assert.Null(cache.RecentRoles("u1", "stamp-b", Interval));
        Assert.Equal(["Staff"], cache.RecentRoles("u2", "stamp-c", Interval));
    }
}
