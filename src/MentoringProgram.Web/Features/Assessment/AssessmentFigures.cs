using System.Globalization;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>The dashboard's figures as rows of (figure, group, value) for the CSV export: the same numbers the page shows,
/// pre-to-post change only for levels the small-group rule shows.</summary>
public static class AssessmentFigures
{
    public static IEnumerable<string?[]> Rows(ProgramAssessment.Result r)
    {
        static string N(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
        static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
        yield return ["Requests", "All", I(r.Enrollment.Requests)];
        yield return ["Requests", "Waiting", I(r.Enrollment.Waiting)];
        yield return ["Requests", "Matched", I(r.Enrollment.Matched)];
        yield return ["Requests", "Withdrawn", I(r.Enrollment.Withdrawn)];
        yield return ["Volunteers", "All", I(r.Enrollment.Volunteers)];
        yield return ["Volunteers", "Approved", I(r.Enrollment.Approved)];
        yield return ["Mentor places", "Offered by approved volunteers", I(r.Enrollment.PlacesOffered)];
        yield return ["Mentor places", "Taken", I(r.Enrollment.PlacesTaken)];
        yield return ["Pairs", "Active", I(r.Pairs.Active)];
        yield return ["Pairs", "Completed", I(r.Pairs.Completed)];
        yield return ["Pairs", "Dissolved", I(r.Pairs.Dissolved)];
        yield return ["Days to match", "Median", N(r.TimeToMatch.MedianDays)];
        yield return ["Days to match", "Longest", r.TimeToMatch.LongestDays is { } longest ? I(longest) : ""];
        yield return ["Cadence of active pairs", "On track", I(r.Cadence.OnTrack)];
        yield return ["Cadence of active pairs", "Due soon", I(r.Cadence.DueSoon)];
        yield return ["Cadence of active pairs", "Behind", I(r.Cadence.Behind)];
        yield return ["Continuation", "Reached the end of a term", I(r.Continuation.ReachedTheEnd)];
        yield return ["Continuation", "Renewed", I(r.Continuation.Renewed)];
        foreach (var topic in r.Topics)
        {
            yield return ["Topic requests", topic.Topic, I(topic.Requests)];
            yield return ["Topic mentors", topic.Topic, I(topic.Mentors)];
        }
        foreach (var level in r.Change)
        {
            yield return ["Pre-to-post people", level.Level.ToString(), I(level.People)];
            if (level.Shown)
            {
                yield return ["Pre-to-post mean before", level.Level.ToString(), N(level.MeanBefore)];
                yield return ["Pre-to-post mean after", level.Level.ToString(), N(level.MeanAfter)];
                yield return ["Pre-to-post improved", level.Level.ToString(), level.Improved is { } improved ? I(improved) : ""];
            }
        }
    }
}
