using Microsoft.Extensions.Caching.Memory;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Values read from the database, kept in this instance's memory under the <see cref="Data.CacheStamp"/> they were read
/// with, and used only while the database still holds that stamp (ADR 0025). The caller reads the stamp in a statement it
/// runs anyway, before it would read the value: a change committed in between is then newer than the stamp kept with the
/// value, so the next caller sees another stamp and reads again. A value is never kept under a stamp newer than itself.
/// </summary>
public sealed class StampedCache(IMemoryCache cache)
{
    /// <summary>A value nobody asks for leaves memory after this long (and so does markup views keep with such values).</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private sealed record Held<T>(Guid Stamp, T Value);

    /// <summary>False once <see cref="TurnOff"/> has run: nothing is kept or handed out, every caller reads.</summary>
    public bool Enabled { get; private set; } = true;

    /// <summary>For a database where one statement does not read one snapshot (SQL Server without
    /// READ_COMMITTED_SNAPSHOT): a stamp read beside a value could then be newer than the value.</summary>
    public void TurnOff() => Enabled = false;

    /// <summary>The value held for <paramref name="key"/> as of <paramref name="stamp"/>, or what <paramref name="load"/>
    /// reads now (kept for the next caller). Without a stamp nothing is kept.</summary>
    /// <param name="keep">Whether a value read now is kept (by default every one is). A key made from the address must
    /// keep only values the data bounds, or anyone can fill memory by asking for ever new keys.</param>
    public async Task<T> GetAsync<T>(object key, Guid? stamp, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken,
        Func<T, bool>? keep = null)
    {
        if (stamp is { } current && TryPeek(key, out Guid heldStamp, out T? held) && heldStamp == current)
        {
            return held!;
        }
        var value = await load(cancellationToken);
        if (stamp is { } readWith && (keep is null || keep(value)))
        {
            Keep(key, readWith, value);
        }
        return value;
    }

    /// <summary>The value held for <paramref name="key"/> and the stamp it was read with, whatever the stamp is now. For a
    /// caller that reads the stamp and, only when it differs from the held one, the value, in one statement: it passes
    /// the held stamp in, and <see cref="Keep"/>s what it read when the statement had to read it.</summary>
    public bool TryPeek<T>(object key, out Guid stamp, out T? value)
    {
        if (Enabled && cache.TryGetValue(key, out Held<T>? held))
        {
            (stamp, value) = (held!.Stamp, held.Value);
            return true;
        }
        (stamp, value) = (Guid.Empty, default);
        return false;
    }

    /// <summary>Keeps <paramref name="value"/>, read with <paramref name="stamp"/> (read before it, or in the same statement).</summary>
    public void Keep<T>(object key, Guid stamp, T value)
    {
        if (Enabled)
        {
            cache.Set(key, new Held<T>(stamp, value), new MemoryCacheEntryOptions { SlidingExpiration = Idle });
        }
    }
}
