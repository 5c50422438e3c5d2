using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using Microsoft.Extensions.Caching.Memory;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// A cycle's pool of offers as matching facts, with the topics' names, kept between views while the database's
/// <see cref="CacheStamp.MatchPool"/> stamp is unchanged (ADR 0025). Reading and converting a thousand offers was two
/// thirds of the suggestions page (issue 13); with this, a view reads its one request (and the stamp beside it) and
/// scores the pool it already holds. Proposing or confirming a match re-reads its one offer, so a hard rule is always
/// checked against the database.
/// </summary>
public sealed class MatchPoolCache(IMemoryCache cache)
{
    /// <summary>What the pool is made from: saving any of these renews the stamp. Cycles and programs are here because
    /// deleting them deletes their offers in the database, out of EF Core's sight.</summary>
    public static readonly CacheStampRule Rule = new(CacheStamp.MatchPool, new HashSet<Type>
    {
        typeof(MentorVolunteer), typeof(MentorVolunteerTopic), typeof(StaffMember), typeof(Department), typeof(Topic),
        typeof(ProgramCycle), typeof(MentorshipProgram),
    });

    /// <summary>An unviewed cycle's pool leaves memory after this long.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);

    public sealed record Pool(Guid Stamp, IReadOnlyList<MentorFacts> Mentors, IReadOnlyDictionary<int, string> TopicNames);

    /// <summary>
    /// The cycle's pool as of <paramref name="stamp"/>, read with <paramref name="load"/> when not held. The stamp must
    /// have been read before the pool: a change committed in between is then newer than the stamp kept with it, so the
    /// next view sees a different stamp and reads again; a pool is never kept under a stamp newer than its data.
    /// </summary>
    public async Task<Pool> GetAsync(int cycleId, Guid? stamp, Func<CancellationToken, Task<(IReadOnlyList<MentorFacts>, IReadOnlyDictionary<int, string>)>> load,
        CancellationToken cancellationToken)
    {
        var key = (nameof(MatchPoolCache), cycleId);
        if (stamp is { } current && cache.TryGetValue(key, out Pool? held) && held!.Stamp == current)
        {
            return held;
        }
        var (mentors, topicNames) = await load(cancellationToken);
        var pool = new Pool(stamp ?? Guid.Empty, mentors, topicNames);
        if (stamp is not null)
        {
            cache.Set(key, pool, new MemoryCacheEntryOptions { SlidingExpiration = Idle });
        }
        return pool;
    }
}
