using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using static MentoringProgram.UnitTests.Domain.Matching.MatchFactsBuilder;

namespace MentoringProgram.UnitTests.Domain.Matching;

public sealed class MatchScorerTests
{
    private static readonly MatchScorer Scorer = new(MatchWeights.Default, TopicNames, TermStarts);

    private static IReadOnlyList<string> Reasons(ScoredMentor scored) => scored.Reasons.Select(r => r.Text).ToList();

    [Fact]
    public void SaysEveryPartOfTheScore_InWords()
    {
        var scored = Scorer.Score(Mentee(), Mentor());

        Assert.Equal(
        [
            "Shares 2 of 3 topics: Career planning, Job search",
            "Works in another department (Metadata and Cataloging), as asked",
            "Both prefer video calls",
            "Same location: Hayden Library",
            "7 years on staff",
            "Has room for 2 more mentees",
            "Has not finished mentor training",
        ], Reasons(scored));
    }

    [Fact]
    public void TheScore_IsTheSumOfItsParts_ScaledByTheWeights()
    {
        var scored = Scorer.Score(Mentee(), Mentor());

        // topics 5*10*2/3 = 33, department 3*10, contact 2*5, location 1*5, experience 2*7/2 = 7, room 1*2*2.
        Assert.Equal(33 + 30 + 10 + 5 + 7 + 4, scored.Score);
        Assert.Equal(scored.Reasons.Sum(r => r.Points), scored.Score);
    }

    [Fact]
    public void AWeightOfZero_SwitchesItsPartOff()
    {
        var scorer = new MatchScorer(MatchWeights.Default with { OutsideDepartment = 0, SharedTopics = 0 }, TopicNames, TermStarts);

        var scored = scorer.Score(Mentee(), Mentor());

        Assert.Equal(10 + 5 + 7 + 4, scored.Score);
        Assert.Contains("Works in another department (Metadata and Cataloging), as asked", Reasons(scored));
    }

    [Fact]
    public void SameDepartment_WhenAnotherWasAskedFor_ScoresNothing_AndSaysSo()
    {
        var scored = Scorer.Score(Mentee(), Mentor() with { DepartmentId = 1, DepartmentName = "Public Services" });

        Assert.Contains("Works in the same department (Public Services), though another was asked for", Reasons(scored));
        Assert.Equal(0, scored.Reasons.Single(r => r.Text.StartsWith("Works in", StringComparison.Ordinal)).Points);
    }

    [Fact]
    public void AnotherDepartment_NotAskedFor_StillCountsForSomething()
    {
        var scored = Scorer.Score(Mentee() with { WantsMentorOutsideDepartment = false }, Mentor());

        var part = scored.Reasons.Single(r => r.Text.StartsWith("Works in", StringComparison.Ordinal));
        Assert.Equal("Works in another department (Metadata and Cataloging): a connection beyond one's own", part.Text);
        Assert.Equal(15, part.Points);
    }

    [Fact]
    public void NoSharedTopicOrWayOfMeeting_IsSaid_NotHidden()
    {
        var scored = Scorer.Score(Mentee(), Mentor() with { TopicIds = new HashSet<int> { 4 }, Contact = ContactMethods.Phone });

        Assert.Contains("Shares none of the 3 topics asked for", Reasons(scored));
        Assert.Contains("No way of meeting in common (mentee: email and video calls; mentor: phone calls)", Reasons(scored));
    }

    [Fact]
    public void SeveralWaysInCommon_AreNamedTogether()
    {
        var scored = Scorer.Score(Mentee(), Mentor() with { Contact = ContactMethods.Video | ContactMethods.Email | ContactMethods.Phone });

        Assert.Contains("Both happy with email and video calls", Reasons(scored));
    }

    [Fact]
    public void PlacesLeftAndTraining_AreForTheCoordinator_NotThePair()
    {
        var scored = Scorer.Score(Mentee(), Mentor() with { TrainingCompleted = true });

        Assert.Equal(["Has room for 2 more mentees", "Has finished mentor training"], scored.Reasons.Where(r => !r.ForThePair).Select(r => r.Text));
    }

    [Fact]
    public void Rank_KeepsTheBest_BestFirst_AndNamesTheRuleForEachMentorRemoved()
    {
        var mentors = new[]
        {
            Mentor() with { VolunteerId = 1, Name = "Avery", TopicIds = new HashSet<int> { 4 } },
            Mentor() with { VolunteerId = 2, Name = "Blake" },
            Mentor() with { VolunteerId = 3, Name = "Casey", StaffId = 100 },
            Mentor() with { VolunteerId = 4, Name = "Drew", TopicIds = new HashSet<int> { 1, 2, 3 } },
            Mentor() with { VolunteerId = 5, Name = "Emery", Status = VolunteerStatus.Paused },
        };

        var (best, excluded) = Scorer.Rank(Mentee(), mentors, Rules(), count: 2);

        Assert.Equal(["Drew", "Blake"], best.Select(b => b.Mentor.Name));
        Assert.Equal([(3, "Cannot mentor themselves."), (5, "Paused as a mentor.")], excluded.Select(e => (e.Mentor.VolunteerId, e.Rule)));
    }

    [Fact]
    public void Rank_BreaksTies_ByPlacesLeft_ThenName()
    {
        var mentors = new[]
        {
            Mentor() with { VolunteerId = 1, Name = "Zed", Capacity = 3, PlacesTaken = 0 },
            Mentor() with { VolunteerId = 2, Name = "Ann", Capacity = 3, PlacesTaken = 0 },
        };
        var scorer = new MatchScorer(MatchWeights.Default with { SpreadLoad = 0 }, TopicNames, TermStarts);

        var (best, _) = scorer.Rank(Mentee(), mentors, Rules(), count: 10);

        Assert.Equal(["Ann", "Zed"], best.Select(b => b.Mentor.Name));
    }
}
