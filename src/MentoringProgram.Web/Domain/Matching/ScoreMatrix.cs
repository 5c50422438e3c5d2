namespace MentoringProgram.Web.Domain.Matching;

/// <summary>
/// How well each request (row) fits each mentor (column): 0..<see cref="MaxScore"/>, or <see cref="Excluded"/>
/// for a pair a hard rule forbids. One byte per pair, row after row, so a pool of 2,000 requests and 1,000
/// mentors takes 2 MB and a request's row is read as one contiguous run.
/// </summary>
public sealed class ScoreMatrix
{
    public const int MaxScore = 100;
    public const int Excluded = -1;

    // Excluded pairs are stored as the lowest byte rather than -1: the solver's reduced costs are never
    // above MaxScore, so a pair costing more than that is never chosen and needs no separate test.
    internal const sbyte StoredExcluded = sbyte.MinValue;

    private readonly sbyte[] _cells;

    public ScoreMatrix(int requests, int mentors)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        ArgumentOutOfRangeException.ThrowIfNegative(mentors);
        Requests = requests;
        Mentors = mentors;
        _cells = new sbyte[checked(requests * mentors)];
    }

    public int Requests { get; }

    public int Mentors { get; }

    /// <summary>The score of a pair, or <see cref="Excluded"/>.</summary>
    public int this[int request, int mentor]
    {
        get
        {
            var cell = _cells[Index(request, mentor)];
            return cell == StoredExcluded ? Excluded : cell;
        }
        set
        {
            if (value != Excluded && (value < 0 || value > MaxScore))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"A score is 0..{MaxScore} or {Excluded} (excluded).");
            }
            _cells[Index(request, mentor)] = value == Excluded ? StoredExcluded : (sbyte)value;
        }
    }

    /// <summary>One request's scores in mentor order, as stored (excluded pairs read as <see cref="StoredExcluded"/>).</summary>
    internal ReadOnlySpan<sbyte> Row(int request) => _cells.AsSpan(request * Mentors, Mentors);

    private int Index(int request, int mentor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(request, Requests);
        ArgumentOutOfRangeException.ThrowIfNegative(mentor);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mentor, Mentors);
        return request * Mentors + mentor;
    }
}
