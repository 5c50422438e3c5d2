using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>
/// Each person's change from the pre survey to the post survey of the same pairing, grouped by what the questions
/// measure (reaction, learning, behaviour): for every rating question asked in both (the same wording), the person's
/// mean post rating minus their mean pre rating; then, per level, how many people changed and by how much on average.
/// Only people who submitted both count, and a level with fewer people than the minimum is held back
/// (<see cref="SmallGroups"/>).
/// </summary>
public static class PrePostChange
{
    /// <summary>One submitted rating: who gave it, about which pairing, in which survey moment, to which question.</summary>
    public sealed record Rating(int StaffId, int PairingId, SurveyKind Kind, string Question, EvaluationLevel Level, int Value);

    /// <summary>A level's figures: null means when <see cref="Shown"/> is false (too few people).</summary>
    public sealed record LevelChange(EvaluationLevel Level, int People, bool Shown, double? MeanBefore, double? MeanAfter, int? Improved)
    {
        public double? MeanChange => MeanAfter - MeanBefore;
    }

    public static IReadOnlyList<LevelChange> Of(IEnumerable<Rating> ratings, int minimum)
    {
        var people = ratings.Where(r => r.Kind is SurveyKind.Pre or SurveyKind.Post)
            .GroupBy(r => (r.StaffId, r.PairingId, r.Level));
        var changes = new List<(EvaluationLevel Level, double Before, double After)>();
        foreach (var person in people)
        {
            var before = person.Where(r => r.Kind == SurveyKind.Pre).GroupBy(r => r.Question, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            var after = person.Where(r => r.Kind == SurveyKind.Post).GroupBy(r => r.Question, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            var both = before.Keys.Where(after.ContainsKey).ToList();
            if (both.Count > 0)
            {
                changes.Add((person.Key.Level, both.Average(q => before[q]), both.Average(q => after[q])));
            }
        }
        return [.. Enum.GetValues<EvaluationLevel>().Select(level =>
        {
            var group = changes.Where(c => c.Level == level).ToList();
            return SmallGroups.MayShow(group.Count, minimum)
                ? new LevelChange(level, group.Count, true, group.Average(c => c.Before), group.Average(c => c.After), group.Count(c => c.After > c.Before))
                : new LevelChange(level, group.Count, false, null, null, null);
        })];
    }
}
