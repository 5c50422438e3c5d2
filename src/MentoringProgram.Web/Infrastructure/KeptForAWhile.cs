using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Values kept on this instance for a fixed while under the whole text they were made from (a cookie, say), so nothing
/// can be looked up without that text. Past <see cref="MaxEntries"/> all are forgotten: each is only worth minutes.
/// Used by <see cref="KeptTicketFormat"/> and <see cref="KeptAntiforgery"/>.
/// </summary>
public sealed class KeptForAWhile<T>(TimeSpan keptFor, TimeProvider clock) where T : class
{
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Kept> _values = new(StringComparer.Ordinal);

    private sealed record Kept(T Value, DateTimeOffset KeptAt);

    public bool TryGet(string key, [NotNullWhen(true)] out T? value)
    {
        if (_values.TryGetValue(key, out var kept))
        {
            if (clock.GetUtcNow() - kept.KeptAt < keptFor)
            {
                value = kept.Value;
                return true;
            }
            _values.TryRemove(new KeyValuePair<string, Kept>(key, kept));
        }
        value = null;
        return false;
    }

    public void Keep(string key, T value)
    {
        if (_values.Count >= MaxEntries)
        {
            _values.Clear();
        }
        _values[key] = new Kept(value, clock.GetUtcNow());
    }
}
