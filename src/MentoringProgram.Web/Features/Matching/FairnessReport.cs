namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// How a bulk match falls on people: who is left out and why, how good the matches are for each department, how the
/// load falls on mentors, and each topic's demand against mentor supply. Built from the draft's rows in memory.
/// </summary>
public sealed record FairnessReport(
    int Placed, int Unplaced, IReadOnlyList<FairnessReport.Count> UnplacedBecause, IReadOnlyList<FairnessReport.DepartmentQuality> ByDepartment,
    IReadOnlyList<FairnessReport.Count> MentorsByLoad, IReadOnlyList<FairnessReport.TopicBalance> Topics)
{
    public sealed record Count(string Label, int Number);

    public sealed record DepartmentQuality(string Department, int Requests, int Placed, double? AverageScore);

    public sealed record TopicBalance(string Topic, int Asking, int Offering);

    /// <summary>One row of the draft: the mentee's department, the proposed mentor (or none, and why) and the score.</summary>
    public sealed record Row(string? MenteeDepartment, int? MentorVolunteerId, int Score, string? WhyUnmatched);

    public static FairnessReport Of(IReadOnlyList<Row> rows, int mentorsWithPlaces, IReadOnlyList<TopicBalance> topics)
    {
        var placed = rows.Where(r => r.MentorVolunteerId is not null).ToList();
        var loads = placed.GroupBy(r => r.MentorVolunteerId).Select(g => g.Count()).ToList();
        var mentorsByLoad = loads.GroupBy(n => n).OrderBy(g => g.Key)
            .Select(g => new Count(g.Key == 1 ? "1 mentee" : $"{g.Key} mentees", g.Count())).ToList();
        var idle = mentorsWithPlaces - loads.Count;
        if (idle > 0)
        {
            mentorsByLoad.Insert(0, new Count("no mentee", idle));
        }
        return new FairnessReport(
            placed.Count,
            rows.Count - placed.Count,
            [.. rows.Where(r => r.MentorVolunteerId is null).GroupBy(r => r.WhyUnmatched ?? "No reason recorded")
                .OrderByDescending(g => g.Count()).Select(g => new Count(g.Key, g.Count()))],
            [.. rows.GroupBy(r => r.MenteeDepartment ?? "No department on record").OrderBy(g => g.Key, StringComparer.CurrentCulture)
                .Select(g => new DepartmentQuality(g.Key, g.Count(), g.Count(r => r.MentorVolunteerId is not null),
                    g.Any(r => r.MentorVolunteerId is not null) ? Math.Round(g.Where(r => r.MentorVolunteerId is not null).Average(r => r.Score), 1) : null))],
            mentorsByLoad,
            topics);
    }
}
