using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MentoringProgram.Web.Domain.Matching;

/// <summary>
/// Finds a best bulk match exactly: each request gets at most one mentor, each mentor at most their capacity,
/// no excluded pair, and the total score (less the load penalty) is the highest possible.
/// </summary>
/// <remarks>
/// This is min-cost flow solved by successive shortest paths (source → request → mentor → sink, plus
/// request → sink for a request left unmatched), written for this problem's shape instead of as a general graph:
/// requests are added one at a time and each is routed along a shortest augmenting path in a dense Dijkstra over
/// mentors, the Hungarian method with node potentials. A mentor is one node with capacity, not one copy per place,
/// so its mentees share its row of scores. The load penalty is convex (each further place costs more than the one
/// before), so a mentor's next free place is always its cheapest and the flow stays exact. Scores are small
/// integers, which bound every distance by <see cref="ScoreMatrix.MaxScore"/>; ties are common, so all mentors at
/// the nearest distance are settled together.
/// </remarks>
public sealed class AssignmentSolver
{
    private const int Settled = -1;

    private readonly ScoreMatrix _scores;
    private readonly int[] _capacity;
    private readonly int _penalty;
    private readonly int _mentors;

    // The current match: each request's mentor and place, and each mentor's mentees in its own run of places.
    private readonly int[] _mentorOfRequest;
    private readonly int[] _placeOfRequest;
    private readonly int[] _firstPlace;
    private readonly int[] _load;
    private readonly int[] _requestInPlace;

    // Potentials (dual prices) that keep every reduced cost non-negative, so Dijkstra applies.
    private readonly int[] _requestPotential;
    private readonly int[] _mentorPotential;

    // Per-search state: a mentor's tentative distance (Settled once final), the request it was reached from,
    // and the mentors and requests settled, with their distances, for the potential update afterwards.
    private readonly int[] _distance;
    private readonly int[] _reachedFrom;
    private readonly int[] _settledMentors;
    private readonly int[] _settledMentorDistance;
    private readonly int[] _settledRequests;
    private readonly int[] _settledRequestDistance;
    private readonly int[] _nearest;

    private AssignmentSolver(IReadOnlyList<int> capacities, ScoreMatrix scores, MatchingOptions options)
    {
        _scores = scores;
        _mentors = scores.Mentors;
        _penalty = options.LoadPenalty;
        _capacity = new int[_mentors];
        _firstPlace = new int[_mentors + 1];
        for (var mentor = 0; mentor < _mentors; mentor++)
        {
            // More places than requests can never be used; capping keeps the place array small.
            _capacity[mentor] = Math.Min(capacities[mentor], scores.Requests);
            _firstPlace[mentor + 1] = _firstPlace[mentor] + _capacity[mentor];
        }
        _requestInPlace = new int[_firstPlace[_mentors]];
        _load = new int[_mentors];
        _mentorOfRequest = new int[scores.Requests];
        Array.Fill(_mentorOfRequest, MatchingResult.Unmatched);
        _placeOfRequest = new int[scores.Requests];
        _requestPotential = new int[scores.Requests];
        _mentorPotential = new int[_mentors];
        _distance = new int[_mentors];
        _reachedFrom = new int[_mentors];
        _settledMentors = new int[_mentors];
        _settledMentorDistance = new int[_mentors];
        _settledRequests = new int[scores.Requests];
        _settledRequestDistance = new int[scores.Requests];
        _nearest = new int[_mentors];
    }

    /// <summary>Solves one pool. <paramref name="capacities"/> has one entry per mentor (column) of <paramref name="scores"/>.</summary>
    public static MatchingResult Solve(IReadOnlyList<int> capacities, ScoreMatrix scores, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(scores);
        options ??= MatchingOptions.Default;
        if (capacities.Count != scores.Mentors)
        {
            throw new ArgumentException($"{capacities.Count} capacities for {scores.Mentors} mentors.", nameof(capacities));
        }
        if (capacities.Any(capacity => capacity < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacities), "A capacity is never negative.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(options.LoadPenalty, nameof(options));

        var solver = new AssignmentSolver(capacities, scores, options);
        for (var request = 0; request < scores.Requests; request++)
        {
            solver.Add(request);
        }
        return solver.Result();
    }

    /// <summary>
    /// Adds one request to a match that is already best for the requests before it, keeping it best: the
    /// shortest path from the request either ends at a mentor with a free place, or pushes some request
    /// (possibly this one) out of the match.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(int request)
    {
        var row = _scores.Row(request);
        var mentorPotential = _mentorPotential;
        var distance = _distance;

        // The request's own potential: its best reduced gain, or 0 (staying unmatched costs nothing).
        var potential = BestReducedGain(row);
        _requestPotential[request] = potential;
        if (potential == 0)
        {
            // No mentor gains anything for this request; unmatched is as good as any pair.
            return;
        }

        Array.Fill(distance, int.MaxValue);
        Relax(request, potential);

        // Leaving this request unmatched costs its potential; any better path must be shorter.
        var best = potential;
        var endMentor = -1;
        var endRequest = request;
        var settledMentorCount = 0;
        var settledRequestCount = 0;
        _settledRequests[settledRequestCount] = request;
        _settledRequestDistance[settledRequestCount++] = 0;

        while (true)
        {
            // All unsettled mentors at the least distance are settled together: ties are common.
            var least = LeastUnsettledDistance();
            if (least >= best)
            {
                break;
            }
            var nearestCount = CollectNearest(least);
            for (var k = 0; k < nearestCount; k++)
            {
                var mentor = _nearest[k];
                distance[mentor] = Settled;
                _settledMentors[settledMentorCount] = mentor;
                _settledMentorDistance[settledMentorCount++] = least;
            }
            for (var k = 0; k < nearestCount && best > least; k++)
            {
                var mentor = _nearest[k];
                if (_load[mentor] < _capacity[mentor])
                {
                    // In long: a large penalty times a large load need not fit in an int.
                    var viaFreePlace = least + (long)_penalty * _load[mentor] - mentorPotential[mentor];
                    if (viaFreePlace < best)
                    {
                        best = (int)viaFreePlace;
                        endMentor = mentor;
                        endRequest = -1;
                    }
                }
                for (var place = _firstPlace[mentor]; place < _firstPlace[mentor] + _load[mentor] && best > least; place++)
                {
                    var mentee = _requestInPlace[place];
                    _settledRequests[settledRequestCount] = mentee;
                    _settledRequestDistance[settledRequestCount++] = least;
                    var menteeBase = least + _requestPotential[mentee];
                    if (menteeBase < best)
                    {
                        best = menteeBase;
                        endMentor = -1;
                        endRequest = mentee;
                    }
                    Relax(mentee, menteeBase);
                }
            }
            if (best <= least)
            {
                break;
            }
        }

        // New potentials keep reduced costs non-negative and make the path just found cost nothing.
        for (var k = 0; k < settledMentorCount; k++)
        {
            _mentorPotential[_settledMentors[k]] += Math.Max(0, best - _settledMentorDistance[k]);
        }
        for (var k = 0; k < settledRequestCount; k++)
        {
            _requestPotential[_settledRequests[k]] -= Math.Max(0, best - _settledRequestDistance[k]);
        }

        Augment(request, endMentor, endRequest);
    }

    /// <summary>The request's best score less the mentor's potential, over all mentors, and at least 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int BestReducedGain(ReadOnlySpan<sbyte> row)
    {
        ref var score = ref MemoryMarshal.GetReference(row);
        ref var potential = ref MemoryMarshal.GetArrayDataReference(_mentorPotential);
        var mentor = 0;
        var best = 0;
        if (Avx2.IsSupported)
        {
            var bestSoFar = Vector256<int>.Zero;
            for (; mentor <= _mentors - Vector256<int>.Count; mentor += Vector256<int>.Count)
            {
                bestSoFar = Vector256.Max(bestSoFar, EightScores(ref score, mentor) - Vector256.LoadUnsafe(ref potential, (nuint)mentor));
            }
            for (var lane = 0; lane < Vector256<int>.Count; lane++)
            {
                best = Math.Max(best, bestSoFar[lane]);
            }
        }
        for (; mentor < _mentors; mentor++)
        {
            best = Math.Max(best, Unsafe.Add(ref score, mentor) - Unsafe.Add(ref potential, mentor));
        }
        return best;
    }

    /// <summary>
    /// Offers every unsettled mentor a path through <paramref name="mentee"/> (whose distance plus potential is
    /// <paramref name="menteeBase"/>). Settled mentors hold -1, below any candidate, so they are never reopened.
    /// This loop is where the solver spends its time, hence eight mentors at a time where the processor allows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Relax(int mentee, int menteeBase)
    {
        ref var score = ref MemoryMarshal.GetReference(_scores.Row(mentee));
        ref var potential = ref MemoryMarshal.GetArrayDataReference(_mentorPotential);
        ref var distance = ref MemoryMarshal.GetArrayDataReference(_distance);
        ref var reachedFrom = ref MemoryMarshal.GetArrayDataReference(_reachedFrom);
        var mentor = 0;
        if (Avx2.IsSupported)
        {
            var menteeBases = Vector256.Create(menteeBase);
            var mentees = Vector256.Create(mentee);
            for (; mentor <= _mentors - Vector256<int>.Count; mentor += Vector256<int>.Count)
            {
                var candidate = menteeBases + Vector256.LoadUnsafe(ref potential, (nuint)mentor) - EightScores(ref score, mentor);
                var current = Vector256.LoadUnsafe(ref distance, (nuint)mentor);
                var shorter = Vector256.LessThan(candidate, current);
                if (shorter != Vector256<int>.Zero)
                {
                    Vector256.ConditionalSelect(shorter, candidate, current).StoreUnsafe(ref distance, (nuint)mentor);
                    Vector256.ConditionalSelect(shorter, mentees, Vector256.LoadUnsafe(ref reachedFrom, (nuint)mentor)).StoreUnsafe(ref reachedFrom, (nuint)mentor);
                }
            }
        }
        for (; mentor < _mentors; mentor++)
        {
            var candidate = menteeBase + Unsafe.Add(ref potential, mentor) - Unsafe.Add(ref score, mentor);
            if (candidate < Unsafe.Add(ref distance, mentor))
            {
                Unsafe.Add(ref distance, mentor) = candidate;
                Unsafe.Add(ref reachedFrom, mentor) = mentee;
            }
        }
    }

    /// <summary>The least distance among unsettled mentors; read unsigned, a settled mentor's -1 is the largest value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LeastUnsettledDistance()
    {
        ref var distance = ref Unsafe.As<int, uint>(ref MemoryMarshal.GetArrayDataReference(_distance));
        var least = uint.MaxValue;
        var mentor = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var leastSoFar = Vector256<uint>.AllBitsSet;
            for (; mentor <= _mentors - Vector256<uint>.Count; mentor += Vector256<uint>.Count)
            {
                leastSoFar = Vector256.Min(leastSoFar, Vector256.LoadUnsafe(ref distance, (nuint)mentor));
            }
            for (var lane = 0; lane < Vector256<uint>.Count; lane++)
            {
                least = Math.Min(least, leastSoFar[lane]);
            }
        }
        for (; mentor < _mentors; mentor++)
        {
            least = Math.Min(least, Unsafe.Add(ref distance, mentor));
        }
        return least > int.MaxValue ? int.MaxValue : (int)least;
    }

    /// <summary>Puts every unsettled mentor at distance <paramref name="least"/> into the nearest list, and returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CollectNearest(int least)
    {
        ref var distance = ref MemoryMarshal.GetArrayDataReference(_distance);
        var count = 0;
        var mentor = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var leasts = Vector256.Create(least);
            for (; mentor <= _mentors - Vector256<int>.Count; mentor += Vector256<int>.Count)
            {
                var lanes = Vector256.Equals(Vector256.LoadUnsafe(ref distance, (nuint)mentor), leasts).ExtractMostSignificantBits();
                while (lanes != 0)
                {
                    _nearest[count++] = mentor + System.Numerics.BitOperations.TrailingZeroCount(lanes);
                    lanes &= lanes - 1;
                }
            }
        }
        for (; mentor < _mentors; mentor++)
        {
            if (Unsafe.Add(ref distance, mentor) == least)
            {
                _nearest[count++] = mentor;
            }
        }
        return count;
    }

    /// <summary>Eight scores from <paramref name="mentor"/> on, widened to ints (read as 8 bytes, so never past the row's end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> EightScores(ref sbyte row, int mentor) =>
        Avx2.ConvertToVector256Int32(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<long>(ref Unsafe.As<sbyte, byte>(ref Unsafe.Add(ref row, mentor)))).AsSByte());

    /// <summary>Moves every request on the path one step: each takes the place of the one after it.</summary>
    private void Augment(int request, int endMentor, int endRequest)
    {
        int mentor;
        int place;
        if (endMentor >= 0)
        {
            mentor = endMentor;
            place = _firstPlace[mentor] + _load[mentor]++;
        }
        else if (endRequest == request)
        {
            return;
        }
        else
        {
            mentor = _mentorOfRequest[endRequest];
            place = _placeOfRequest[endRequest];
            _mentorOfRequest[endRequest] = MatchingResult.Unmatched;
        }
        while (true)
        {
            var moving = _reachedFrom[mentor];
            var previousMentor = _mentorOfRequest[moving];
            var previousPlace = _placeOfRequest[moving];
            _mentorOfRequest[moving] = mentor;
            _placeOfRequest[moving] = place;
            _requestInPlace[place] = moving;
            if (moving == request)
            {
                return;
            }
            mentor = previousMentor;
            place = previousPlace;
        }
    }

    private MatchingResult Result()
    {
        long total = 0;
        for (var request = 0; request < _mentorOfRequest.Length; request++)
        {
            if (_mentorOfRequest[request] != MatchingResult.Unmatched)
            {
                total += _scores[request, _mentorOfRequest[request]];
            }
        }
        for (var mentor = 0; mentor < _mentors; mentor++)
        {
            total -= (long)_penalty * _load[mentor] * (_load[mentor] - 1) / 2;
        }
        return new MatchingResult(_mentorOfRequest, total);
    }
}
