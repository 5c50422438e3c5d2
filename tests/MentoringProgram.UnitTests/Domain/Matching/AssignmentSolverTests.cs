using Google.OrTools.Graph;
using MentoringProgram.Web.Domain.Matching;

namespace MentoringProgram.UnitTests.Domain.Matching;

public class AssignmentSolverTests
{
    [Fact]
    public void EmptyPools_MatchNobody()
    {
        Assert.Equal(0, AssignmentSolver.Solve([], new ScoreMatrix(0, 0)).TotalScore);
        var noMentors = AssignmentSolver.Solve([], new ScoreMatrix(3, 0));
        Assert.Equal([-1, -1, -1], noMentors.MentorOfRequest);
        Assert.Equal(0, AssignmentSolver.Solve([2, 1], new ScoreMatrix(0, 2)).TotalScore);
    }

    [Fact]
    public void ExcludedPairsAndFullMentors_AreNeverUsed()
    {
        // Request 0 only fits mentor 0; request 1 fits both, so the best match moves it to mentor 1.
        var scores = Matrix(new[,] { { 90, ScoreMatrix.Excluded }, { 80, 10 } });
        var result = AssignmentSolver.Solve([1, 1], scores);
        Assert.Equal([0, 1], result.MentorOfRequest);
        Assert.Equal(100, result.TotalScore);
    }

    [Fact]
    public void Penalty_SpreadsMenteesOnlyWhenItPays()
    {
        var scores = Matrix(new[,] { { 50, 45 }, { 50, 10 } });
        Assert.Equal(100, AssignmentSolver.Solve([2, 2], scores).TotalScore);
        // With penalty 10 both on mentor 0 give 50 + 40 = 90; splitting gives 45 + 50 = 95.
        var spread = AssignmentSolver.Solve([2, 2], scores, new MatchingOptions(LoadPenalty: 10));
        Assert.Equal([1, 0], spread.MentorOfRequest);
        Assert.Equal(95, spread.TotalScore);
    }

    [Fact]
    public void Penalty_LeavesARequestUnmatchedRatherThanAddingANegativePlace()
    {
        var scores = Matrix(new[,] { { 30 }, { 20 } });
        var result = AssignmentSolver.Solve([2], scores, new MatchingOptions(LoadPenalty: 25));
        Assert.Equal([0, -1], result.MentorOfRequest);
        Assert.Equal(30, result.TotalScore);
    }

    [Fact]
    public void InvalidInput_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => AssignmentSolver.Solve([1], new ScoreMatrix(1, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignmentSolver.Solve([-1], new ScoreMatrix(1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignmentSolver.Solve([1], new ScoreMatrix(1, 1), new MatchingOptions(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreMatrix(1, 1)[0, 0] = 101);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreMatrix(1, 1)[0, 0] = -2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    public void SmallRandomPools_MatchBruteForce(int penalty)
    {
        var random = new Random(1000 + penalty);
        for (var pool = 0; pool < 400; pool++)
        {
            var requests = random.Next(0, 7);
            var mentors = random.Next(0, 5);
            var capacities = Enumerable.Range(0, mentors).Select(_ => random.Next(0, 4)).ToArray();
            var scores = RandomScores(random, requests, mentors, maxScore: pool % 3 == 0 ? 3 : 100, excludedShare: random.NextDouble() * 0.6);
            if (pool % 10 == 0 && requests > 0)
            {
                ExcludeRow(scores, random.Next(requests));
            }
            if (pool % 17 == 0)
            {
                ZeroAll(scores);
            }

            var result = AssignmentSolver.Solve(capacities, scores, new MatchingOptions(penalty));

            Assert.Equal(BruteForce(capacities, scores, penalty), result.TotalScore);
            AssertFeasibleAndTotalled(capacities, scores, penalty, result);
        }
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 3)]
    [InlineData(15, 2)]
    public void MediumRandomPools_MatchOrTools(int penalty, int seed)
    {
        var random = new Random(seed);
        for (var pool = 0; pool < 100; pool++)
        {
            var requests = random.Next(30, 121);
            var mentors = random.Next(10, 61);
            var capacities = Enumerable.Range(0, mentors).Select(_ => random.Next(0, 5)).ToArray();
            // Few distinct scores give many ties; full range scores give few.
            var maxScore = (pool % 4) switch { 0 => 2, 1 => 10, _ => 100 };
            var scores = RandomScores(random, requests, mentors, maxScore, excludedShare: (pool % 5) * 0.15);

            var result = AssignmentSolver.Solve(capacities, scores, new MatchingOptions(penalty));

            Assert.Equal(OrTools(capacities, scores, penalty), result.TotalScore);
            AssertFeasibleAndTotalled(capacities, scores, penalty, result);
        }
    }

    [Fact]
    public void ReferencePool_ReachesTheKnownOptimum()
    {
        var path = FindUpwards(Path.Combine("shared", "bench", "pool-2000x1000-seed42.txt"));
        if (path is null)
        {
            Assert.Skip("shared/bench/pool-2000x1000-seed42.txt is not on this machine.");
        }
        var (capacities, scores) = ReadPool(path);

        var result = AssignmentSolver.Solve(capacities, scores);

        Assert.Equal(145_464, result.TotalScore);
        AssertFeasibleAndTotalled(capacities, scores, 0, result);
    }

    private static void AssertFeasibleAndTotalled(int[] capacities, ScoreMatrix scores, int penalty, MatchingResult result)
    {
        Assert.Equal(scores.Requests, result.MentorOfRequest.Count);
        var load = new int[scores.Mentors];
        long total = 0;
        for (var request = 0; request < scores.Requests; request++)
        {
            var mentor = result.MentorOfRequest[request];
            if (mentor == MatchingResult.Unmatched)
            {
                continue;
            }
            Assert.InRange(mentor, 0, scores.Mentors - 1);
            Assert.NotEqual(ScoreMatrix.Excluded, scores[request, mentor]);
            total += scores[request, mentor] - (long)penalty * load[mentor]++;
        }
        for (var mentor = 0; mentor < scores.Mentors; mentor++)
        {
            Assert.True(load[mentor] <= capacities[mentor], $"Mentor {mentor} has {load[mentor]} mentees for {capacities[mentor]} places.");
        }
        Assert.Equal(total, result.TotalScore);
    }

    /// <summary>Tries every choice (a mentor or none) for every request.</summary>
    private static long BruteForce(int[] capacities, ScoreMatrix scores, int penalty)
    {
        var load = new int[scores.Mentors];
        long best = 0;
        void Choose(int request, long total)
        {
            if (request == scores.Requests)
            {
                best = Math.Max(best, total);
                return;
            }
            Choose(request + 1, total);
            for (var mentor = 0; mentor < scores.Mentors; mentor++)
            {
                if (scores[request, mentor] != ScoreMatrix.Excluded && load[mentor] < capacities[mentor])
                {
                    // The k-th mentee of a mentor costs penalty * (k - 1), whatever order they are counted in.
                    var gain = scores[request, mentor] - (long)penalty * load[mentor];
                    load[mentor]++;
                    Choose(request + 1, total + gain);
                    load[mentor]--;
                }
            }
        }
        Choose(0, 0);
        return best;
    }

    /// <summary>OR-Tools' min-cost flow on the textbook graph, one arc per mentor place.</summary>
    private static long OrTools(int[] capacities, ScoreMatrix scores, int penalty)
    {
        var sink = scores.Requests + scores.Mentors;
        using var flow = new MinCostFlow();
        for (var request = 0; request < scores.Requests; request++)
        {
            flow.SetNodeSupply(request, 1);
            flow.AddArcWithCapacityAndUnitCost(request, sink, 1, 0);
            for (var mentor = 0; mentor < scores.Mentors; mentor++)
            {
                if (scores[request, mentor] != ScoreMatrix.Excluded)
                {
                    flow.AddArcWithCapacityAndUnitCost(request, scores.Requests + mentor, 1, -scores[request, mentor]);
                }
            }
        }
        for (var mentor = 0; mentor < scores.Mentors; mentor++)
        {
            for (var place = 0; place < capacities[mentor]; place++)
            {
                flow.AddArcWithCapacityAndUnitCost(scores.Requests + mentor, sink, 1, (long)penalty * place);
            }
        }
        flow.SetNodeSupply(sink, -scores.Requests);
        Assert.Equal(MinCostFlowBase.Status.OPTIMAL, flow.Solve());
        return -flow.OptimalCost();
    }

    private static ScoreMatrix RandomScores(Random random, int requests, int mentors, int maxScore, double excludedShare)
    {
        var scores = new ScoreMatrix(requests, mentors);
        for (var request = 0; request < requests; request++)
        {
            for (var mentor = 0; mentor < mentors; mentor++)
            {
                scores[request, mentor] = random.NextDouble() < excludedShare ? ScoreMatrix.Excluded : random.Next(0, maxScore + 1);
            }
        }
        return scores;
    }

    private static void ExcludeRow(ScoreMatrix scores, int request)
    {
        for (var mentor = 0; mentor < scores.Mentors; mentor++)
        {
            scores[request, mentor] = ScoreMatrix.Excluded;
        }
    }

    private static void ZeroAll(ScoreMatrix scores)
    {
        for (var request = 0; request < scores.Requests; request++)
        {
            for (var mentor = 0; mentor < scores.Mentors; mentor++)
            {
                scores[request, mentor] = 0;
            }
        }
    }

    private static ScoreMatrix Matrix(int[,] values)
    {
        var scores = new ScoreMatrix(values.GetLength(0), values.GetLength(1));
        for (var request = 0; request < scores.Requests; request++)
        {
            for (var mentor = 0; mentor < scores.Mentors; mentor++)
            {
                scores[request, mentor] = values[request, mentor];
            }
        }
        return scores;
    }

    private static string? FindUpwards(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The format of shared/bench/README.md: a comment line, "N M seed", M capacities, N rows of M scores.</summary>
    private static (int[] Capacities, ScoreMatrix Scores) ReadPool(string path)
    {
        var numbers = File.ReadLines(path)
            .Where(line => !line.StartsWith('#'))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)
            .GetEnumerator();
        int Next()
        {
            Assert.True(numbers.MoveNext(), "The pool file ends too soon.");
            return numbers.Current;
        }
        var requests = Next();
        var mentors = Next();
        Next();
        var capacities = Enumerable.Range(0, mentors).Select(_ => Next()).ToArray();
        var scores = new ScoreMatrix(requests, mentors);
        for (var request = 0; request < requests; request++)
        {
            for (var mentor = 0; mentor < mentors; mentor++)
            {
                scores[request, mentor] = Next();
            }
        }
        return (capacities, scores);
    }
}
