using Google.OrTools.Graph;
using MentoringProgram.Web.Domain.Matching;

namespace MentoringProgram.Bench.Matching;

/// <summary>
/// The same pool solved by OR-Tools' SimpleMinCostFlow, for comparison only: every request supplies one unit
/// that reaches the sink through a mentor (cost -score) or directly (unmatched, cost 0); a mentor reaches the
/// sink through one arc per place, the k-th costing penalty * (k - 1).
/// </summary>
internal static class OrToolsMatcher
{
    /// <summary>Returns the best total and the milliseconds spent in Solve alone (the graph build is not counted).</summary>
    public static (long Total, double SolveMs) Solve(int[] capacities, ScoreMatrix scores, int penalty)
    {
        var requests = scores.Requests;
        var mentors = scores.Mentors;
        var sink = requests + mentors;
        using var flow = new MinCostFlow();
        for (var request = 0; request < requests; request++)
        {
            flow.SetNodeSupply(request, 1);
            flow.AddArcWithCapacityAndUnitCost(request, sink, 1, 0);
            for (var mentor = 0; mentor < mentors; mentor++)
            {
                var score = scores[request, mentor];
                if (score != ScoreMatrix.Excluded)
                {
                    flow.AddArcWithCapacityAndUnitCost(request, requests + mentor, 1, -score);
                }
            }
        }
        for (var mentor = 0; mentor < mentors; mentor++)
        {
            for (var place = 0; place < Math.Min(capacities[mentor], requests); place++)
            {
                flow.AddArcWithCapacityAndUnitCost(requests + mentor, sink, 1, (long)penalty * place);
            }
        }
        flow.SetNodeSupply(sink, -requests);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var status = flow.Solve();
        watch.Stop();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools stopped with {status}.");
        }
        return (-flow.OptimalCost(), watch.Elapsed.TotalMilliseconds);
    }
}
