using System.Runtime.CompilerServices;
using MentoringProgram.Web.Domain.Matching;

namespace MentoringProgram.Bench.Matching;

/// <summary>A bulk-matching instance as in shared/bench/README.md: mentor capacities and the score of every pair.</summary>
internal sealed record Pool(int[] Capacities, ScoreMatrix Scores)
{
    // Compiled optimised at once: the tiered JIT's first pass and on-stack replacement of this two-million-step
    // loop cost more than a megabyte of the process's peak memory, which the bench reports.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Pool Read(string path)
    {
        using var numbers = new NumberStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1));
        numbers.SkipCommentLines();
        var requests = numbers.NextInt();
        var mentors = numbers.NextInt();
        numbers.NextInt(); // the generator's seed: not needed to solve
        var capacities = new int[mentors];
        for (var mentor = 0; mentor < mentors; mentor++)
        {
            capacities[mentor] = numbers.NextInt();
        }
        var scores = new ScoreMatrix(requests, mentors);
        for (var request = 0; request < requests; request++)
        {
            for (var mentor = 0; mentor < mentors; mentor++)
            {
                scores[request, mentor] = numbers.NextInt();
            }
        }
        return new Pool(capacities, scores);
    }
}
