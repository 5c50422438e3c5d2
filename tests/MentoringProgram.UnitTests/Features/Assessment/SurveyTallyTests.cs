using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Assessment;

namespace MentoringProgram.UnitTests.Features.Assessment;

public sealed class SurveyTallyTests
{
    private static readonly SurveyTally.Question Rating = new(1, "How confident are you?", QuestionType.Scale, EvaluationLevel.Learning, []);
    private static readonly SurveyTally.Question Choice = new(2, "How did you meet?", QuestionType.Choice, EvaluationLevel.Reaction, ["In person", "Video"]);
    private static readonly SurveyTally.Question Written = new(3, "Anything else?", QuestionType.Text, EvaluationLevel.Reaction, []);

    private static IEnumerable<SurveyTally.Answer> Ratings(string group, params int[] values) => values.Select(v => new SurveyTally.Answer(Rating.Id, v, null, group));

    [Fact]
    public void ARatingShowsHowManyAnswered_TheMean_AndTheCountOfEachValue()
    {
        var figures = SurveyTally.Of([Rating], [.. Ratings("Everyone", 1, 3, 3, 5, 5, 5)], ["Everyone"], listWrittenAnswers: true, minimum: 5);

        var group = Assert.Single(Assert.Single(figures).Groups);
        Assert.Equal(("Everyone", 6, 22 / 6.0), (group.Label, group.Answered, group.Mean!.Value));
        Assert.Equal([1, 0, 2, 0, 3], group.Counts);
    }

    [Fact]
    public void AChoiceCountsEachChoice_AndHasNoMean()
    {
        SurveyTally.Answer[] answers = [.. Enumerable.Range(0, 5).Select(i => new SurveyTally.Answer(Choice.Id, i < 2 ? 1 : 2, null, "Everyone"))];
        var group = Assert.Single(Assert.Single(SurveyTally.Of([Choice], answers, ["Everyone"], true, 5)).Groups);
        Assert.Null(group.Mean);
        Assert.Equal([2, 3], group.Counts);
    }

    [Fact]
    public void FewerAnswersThanTheMinimum_ShowNothing()
    {
        var figures = Assert.Single(SurveyTally.Of([Rating], [.. Ratings("Everyone", 4, 4, 4, 4)], ["Everyone"], true, 5));
        Assert.Empty(figures.Groups);
    }

    [Fact]
    public void ASmallGroupIsHeldBack_WithTheNextSmallest_AndTheTwoAreShownTogether()
    {
        // Metadata has one mentor: showing the other two departments and the total would give away their rating.
        SurveyTally.Answer[] answers = [.. Ratings("Circulation", 4, 4, 4, 4, 4, 4, 4, 4), .. Ratings("Finance", 2, 2, 2, 2, 2), .. Ratings("Metadata", 1)];
        var figures = Assert.Single(SurveyTally.Of([Rating], answers, ["Circulation", "Finance", "Metadata"], false, 5));

        Assert.Equal(["Circulation", SurveyTally.HeldBackTogether], figures.Groups.Select(g => g.Label));
        Assert.Equal(6, figures.Groups[1].Answered);
        Assert.Equal(2, figures.GroupsHeldBack);
    }

    [Fact]
    public void WrittenAnswersAreListedAlphabetically_OnlyForEveryone_AndOnlyWhenEnoughWrote()
    {
        SurveyTally.Answer[] five = [.. new[] { "b", "a", "d", "c", "e" }.Select(t => new SurveyTally.Answer(Written.Id, null, t, "Everyone"))];
        Assert.Equal(["a", "b", "c", "d", "e"], Assert.Single(SurveyTally.Of([Written], five, ["Everyone"], true, 5)).WrittenAnswers);
        Assert.Empty(Assert.Single(SurveyTally.Of([Written], five, ["Everyone"], false, 5)).WrittenAnswers);
        Assert.Empty(Assert.Single(SurveyTally.Of([Written], five[..4], ["Everyone"], true, 5)).WrittenAnswers);
    }

    /// <summary>
    /// The differencing attack: a reader who sees every figure of every breakdown the page offers (everyone, by role, by
    /// department, and the groups held back together) adds and subtracts them to single out fewer than the minimum. Each
    /// figure is a sum over a set of people, so a set of people is exposed exactly when its indicator is a linear
    /// combination of the indicators of the sets shown. For random programs, no set of 1 to 4 people is.
    /// </summary>
    [Fact]
    public void NoCombinationOfTheFiguresShownInAnyBreakdown_SinglesOutFewerThanTheMinimum()
    {
        const int Minimum = 5;
        var random = new Random(20261203);
        for (var program = 0; program < 300; program++)
        {
            var departments = Enumerable.Range(0, random.Next(1, 6)).Select(d => $"Department {d}").ToList();
            var people = Enumerable.Range(0, random.Next(3, 40))
                .Select(i => (Id: i, Mentee: random.Next(3) > 0, Department: departments[Math.Min(departments.Count - 1, (int)(random.NextDouble() * random.NextDouble() * departments.Count))]))
                .ToList();

            var shownSets = new List<HashSet<int>>();
            foreach (var (groupOf, order) in new (Func<(int Id, bool Mentee, string Department), string>, List<string>)[]
            {
                (_ => "Everyone", ["Everyone"]),
                (p => p.Mentee ? "Mentees" : "Mentors", ["Mentees", "Mentors"]),
                (p => p.Department, departments),
            })
            {
                var answers = people.Select(p => new SurveyTally.Answer(Rating.Id, 3, null, groupOf(p))).ToList();
                var figures = Assert.Single(SurveyTally.Of([Rating], answers, order, false, Minimum));
                var shownLabels = figures.Groups.Select(g => g.Label).Where(l => l != SurveyTally.HeldBackTogether).ToHashSet();
                foreach (var group in figures.Groups)
                {
                    var members = group.Label == SurveyTally.HeldBackTogether
                        ? people.Where(p => !shownLabels.Contains(groupOf(p))).Select(p => p.Id)
                        : people.Where(p => groupOf(p) == group.Label).Select(p => p.Id);
                    var set = members.ToHashSet();
                    Assert.True(set.Count >= Minimum, $"program {program}: a group of {set.Count} was shown");
                    Assert.Equal(group.Answered, set.Count);
                    shownSets.Add(set);
                }
            }

            // People in the same sets are indistinguishable: work over those atoms.
            var atoms = people.GroupBy(p => string.Join(",", shownSets.Select(s => s.Contains(p.Id) ? 1 : 0)))
                .Select(g => g.Select(p => p.Id).ToHashSet()).ToList();
            var rows = shownSets.Select(s => atoms.Select(a => s.Overlaps(a) ? 1.0 : 0.0).ToArray()).ToList();
            var rank = Rank(rows);
            var smallAtoms = Enumerable.Range(0, atoms.Count).Where(i => atoms[i].Count < Minimum).ToList();
            for (var mask = 1; mask < 1 << Math.Min(smallAtoms.Count, 12); mask++)
            {
                var chosen = smallAtoms.Where((_, bit) => (mask & (1 << bit)) != 0).ToList();
                if (chosen.Sum(i => atoms[i].Count) >= Minimum)
                {
                    continue;
                }
                var target = Enumerable.Range(0, atoms.Count).Select(i => chosen.Contains(i) ? 1.0 : 0.0).ToArray();
                Assert.True(Rank([.. rows, target]) > rank, $"program {program}: {chosen.Sum(i => atoms[i].Count)} people can be singled out by subtraction");
            }
        }
    }

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        var width = m.Count == 0 ? 0 : m[0].Length;
        for (var col = 0; col < width && rank < m.Count; col++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(r => Math.Abs(m[r][col]) > 1e-9, -1);
            if (pivot < 0)
            {
                continue;
            }
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && Math.Abs(m[r][col]) > 1e-9)
                {
                    var f = m[r][col] / m[rank][col];
                    for (var c = col; c < width; c++)
                    {
                        m[r][c] -= f * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
