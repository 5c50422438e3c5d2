namespace MentoringProgram.Web.Domain.Matching;

/// <summary>
/// Scores a mentor for a request and says why, part by part, from what the records hold: shared topics, department
/// (the seed programs value connections outside one's home department, and a request can ask for it), ways of
/// meeting, location, time on staff, places left and training. Each part is a whole number of points scaled by the
/// program's <see cref="MatchWeights"/>, so scores stay small integers for the exact bulk solver.
/// </summary>
public sealed class MatchScorer(MatchWeights weights, IReadOnlyDictionary<int, string> topicNames, DateOnly termStarts)
{
    /// <summary>The score with every part in words, for a page or an introduction.</summary>
    public ScoredMentor Score(MenteeFacts mentee, MentorFacts mentor)
    {
        var reasons = Parts(mentee, mentor, explain: true);
        return new ScoredMentor(mentor, reasons.Sum(r => r.Points), reasons);
    }

    /// <summary>The same score without the words: the bulk match scores every pair of a pool (two million for the
    /// reference pool) and only needs words for the pairs it chooses.</summary>
    public int Points(MenteeFacts mentee, MentorFacts mentor)
    {
        var points = 0;
        foreach (var part in Parts(mentee, mentor, explain: false))
        {
            points += part.Points;
        }
        return points;
    }

    /// <summary>The highest score any pair can reach with these weights (every part at its best).</summary>
    public int MaxPoints => weights.SharedTopics * 10 + weights.OutsideDepartment * 10 + weights.ContactMethods * 5 + weights.SameLocation * 5
        + weights.Experience * 10 / 2 + weights.SpreadLoad * 3 * 2;

    private List<MatchReason> Parts(MenteeFacts mentee, MentorFacts mentor, bool explain)
    {
        var reasons = new List<MatchReason>(7)
        {
            Topics(mentee, mentor, explain),
            Department(mentee, mentor, explain),
            Contact(mentee, mentor, explain),
        };
        if (Location(mentee, mentor, explain) is { } location)
        {
            reasons.Add(location);
        }
        reasons.Add(Experience(mentor, explain));
        reasons.Add(Room(mentor, explain));
        reasons.Add(mentor.TrainingCompleted
            ? new MatchReason(explain ? "Has finished mentor training" : "", 0, ForThePair: false)
            : new MatchReason(explain ? "Has not finished mentor training" : "", 0, ForThePair: false));
        return reasons;
    }

    /// <summary>The best <paramref name="count"/> mentors the rules allow, best first (ties: more places left, then name),
    /// and every mentor the rules remove with the rule that removed them.</summary>
    public (IReadOnlyList<ScoredMentor> Best, IReadOnlyList<ExcludedMentor> Excluded) Rank(MenteeFacts mentee, IEnumerable<MentorFacts> mentors, MatchRules rules, int count)
    {
        var allowed = new List<(MentorFacts Mentor, int Points)>();
        var excluded = new List<ExcludedMentor>();
        foreach (var mentor in mentors)
        {
            if (rules.Excludes(mentee, mentor) is { } rule)
            {
                excluded.Add(new ExcludedMentor(mentor, rule));
            }
            else
            {
                allowed.Add((mentor, Points(mentee, mentor)));
            }
        }
        // Words only for the mentors shown: the rest are scored without them (a pool has a thousand mentors, a page ten).
        // Only those at or above the count-th best score can be shown, ties included; they are ordered in full.
        var threshold = count <= 0 || allowed.Count <= count ? int.MinValue
            : allowed.Select(a => a.Points).OrderDescending().ElementAt(count - 1);
        var best = allowed.Where(a => a.Points >= threshold)
            .OrderByDescending(a => a.Points).ThenByDescending(a => a.Mentor.PlacesLeft)
            .ThenBy(a => a.Mentor.Name, StringComparer.CurrentCulture).ThenBy(a => a.Mentor.VolunteerId).Take(count)
            .Select(a => Score(mentee, a.Mentor)).ToList();
        return (best, excluded);
    }

    private MatchReason Topics(MenteeFacts mentee, MentorFacts mentor, bool explain)
    {
        var asked = mentee.TopicIds.Count;
        var sharedCount = 0;
        foreach (var id in mentee.TopicIds)
        {
            if (mentor.TopicIds.Contains(id))
            {
                sharedCount++;
            }
        }
        if (asked == 0)
        {
            return new MatchReason(explain ? "The request names no topics" : "", 0, ForThePair: true);
        }
        if (sharedCount == 0)
        {
            return new MatchReason(explain ? $"Shares none of the {Topics(asked)} asked for" : "", 0, ForThePair: true);
        }
        var points = (int)Math.Round(weights.SharedTopics * 10.0 * sharedCount / asked, MidpointRounding.AwayFromZero);
        if (!explain)
        {
            return new MatchReason("", points, ForThePair: true);
        }
        var shared = mentee.TopicIds.Where(mentor.TopicIds.Contains).Select(id => topicNames.GetValueOrDefault(id, "another topic"))
            .Order(StringComparer.CurrentCulture);
        return new MatchReason($"Shares {sharedCount} of {Topics(asked)}: {string.Join(", ", shared)}", points, ForThePair: true);
    }

    private MatchReason Department(MenteeFacts mentee, MentorFacts mentor, bool explain)
    {
        if (mentee.DepartmentId is null || mentor.DepartmentId is null)
        {
            return new MatchReason(explain ? "Department not on record for one of them" : "", 0, ForThePair: true);
        }
        var where = mentor.DepartmentName ?? "another department";
        if (mentee.DepartmentId == mentor.DepartmentId)
        {
            return new MatchReason(!explain ? ""
                : mentee.WantsMentorOutsideDepartment ? $"Works in the same department ({where}), though another was asked for"
                : $"Works in the same department ({where})", 0, ForThePair: true);
        }
        return mentee.WantsMentorOutsideDepartment
            ? new MatchReason(explain ? $"Works in another department ({where}), as asked" : "", weights.OutsideDepartment * 10, ForThePair: true)
            : new MatchReason(explain ? $"Works in another department ({where}): a connection beyond one's own" : "", weights.OutsideDepartment * 5, ForThePair: true);
    }

    private MatchReason Contact(MenteeFacts mentee, MentorFacts mentor, bool explain)
    {
        var common = mentee.Contact & mentor.Contact;
        if (common == ContactMethods.None)
        {
            return new MatchReason(explain ? $"No way of meeting in common (mentee: {Ways(mentee.Contact)}; mentor: {Ways(mentor.Contact)})" : "", 0, ForThePair: true);
        }
        if (!explain)
        {
            return new MatchReason("", weights.ContactMethods * 5, ForThePair: true);
        }
        var ways = common.Split();
        var text = ways.Count == 1 ? $"Both prefer {Way(ways[0])}" : $"Both happy with {Ways(common)}";
        return new MatchReason(text, weights.ContactMethods * 5, ForThePair: true);
    }

    private MatchReason? Location(MenteeFacts mentee, MentorFacts mentor, bool explain) =>
        string.IsNullOrWhiteSpace(mentee.Location) || string.IsNullOrWhiteSpace(mentor.Location)
            ? null
            : string.Equals(mentee.Location.Trim(), mentor.Location.Trim(), StringComparison.OrdinalIgnoreCase)
                ? new MatchReason(explain ? $"Same location: {mentor.Location.Trim()}" : "", weights.SameLocation * 5, ForThePair: true)
                : new MatchReason(explain ? $"Works at another location ({mentor.Location.Trim()})" : "", 0, ForThePair: true);

    private MatchReason Experience(MentorFacts mentor, bool explain)
    {
        if (mentor.HireDate is not { } hired)
        {
            return new MatchReason(explain ? "Time on staff not on record" : "", 0, ForThePair: true);
        }
        var years = Tenure.WholeMonthsBetween(hired, termStarts) / 12;
        var text = !explain ? "" : years switch
        {
            0 => "Less than a year on staff",
            1 => "1 year on staff",
            _ => $"{years} years on staff",
        };
        return new MatchReason(text, weights.Experience * Math.Min(years, 10) / 2, ForThePair: true);
    }

    private MatchReason Room(MentorFacts mentor, bool explain)
    {
        var left = mentor.PlacesLeft;
        var text = !explain ? "" : left == 1 ? "Has room for 1 more mentee" : $"Has room for {left} more mentees";
        return new MatchReason(text, weights.SpreadLoad * Math.Min(left, 3) * 2, ForThePair: false);
    }

    private static string Topics(int count) => count == 1 ? "1 topic" : $"{count} topics";

    private static string Way(ContactMethods method) => method switch
    {
        ContactMethods.Email => "email",
        ContactMethods.Phone => "phone calls",
        ContactMethods.InPerson => "meeting in person",
        ContactMethods.Video => "video calls",
        _ => method.ToString(),
    };

    private static string Ways(ContactMethods methods) =>
        methods == ContactMethods.None ? "none stated" : string.Join(" and ", methods.Split().Select(Way));
}
