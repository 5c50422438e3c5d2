using System.Collections.Concurrent;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// The last time this instance read an account's security stamp and roles, per account and stamp, so a session is
/// checked against the database at most once per validation interval on each instance, whatever its cookie's age.
/// A browser gets a reissued cookie after each check and would not ask again for an interval anyway; a client that
/// keeps sending an old cookie (a script, a second tab with a stale cookie) would otherwise cost a statement on
/// every request (issue 12). The bound on staleness is the one the cookie already gives: a stamp changed elsewhere
/// is noticed within one interval.
/// </summary>
public sealed class SessionCheckCache(TimeProvider clock)
{
    /// <summary>Past this many sessions the oldest checks are forgotten; each is only worth an interval anyway.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(string UserId, string Stamp), Check> _checks = new();

    public sealed record Check(IReadOnlyList<string> Roles, DateTimeOffset CheckedAt);

    /// <summary>The account's roles as read less than <paramref name="interval"/> ago with this stamp, if they were.</summary>
    public IReadOnlyList<string>? RecentRoles(string userId, string stamp, TimeSpan interval)
    {
        if (!_checks.TryGetValue((userId, stamp), out var check))
        {
            return null;
        }
        if (clock.GetUtcNow() - check.CheckedAt < interval)
        {
            return check.Roles;
        }
        _checks.TryRemove(new KeyValuePair<(string, string), Check>((userId, stamp), check));
        return null;
    }

    public void Remember(string userId, string stamp, IReadOnlyList<string> roles)
    {
        if (_checks.Count >= MaxEntries)
        {
            _checks.Clear();
        }
        _checks[(userId, stamp)] = new Check(roles, clock.GetUtcNow());
    }

    /// <summary>Forgets an account's checks, when this instance changes its stamp or roles.</summary>
    public void Forget(string userId)
    {
        foreach (var key in _checks.Keys.Where(k => k.UserId == userId))
        {
            _checks.TryRemove(key, out _);
        }
    }
}
