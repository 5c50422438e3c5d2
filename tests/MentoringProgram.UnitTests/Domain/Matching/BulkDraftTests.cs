using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Features.Matching;
using static MentoringProgram.UnitTests.Domain.Matching.MatchFactsBuilder;

namespace MentoringProgram.UnitTests.Domain.Matching;

/// <summary>The bulk draft is the optimum, not a greedy pass, and says why a request was left out.</summary>
public class BulkDraftTests
{
    private static MatchPool.Request Request(MenteeFacts mentee, string name) =>
        new(1, "Program", 1, mentee.RequestId, name, RequestStatus.Submitted, TermStarts, TermStarts.AddYears(1), MatchWeights.Default, Guid.Empty, [], mentee, null);

    private static MatchPool.Cycle Cycle(IReadOnlyList<MatchPool.Request> requests, IReadOnlyList<MentorFacts> mentors) =>
        new(1, 1, "Program", "2026-27", requests, mentors, Rules(), new MatchScorer(MatchWeights.Default, TopicNames, TermStarts), TopicNames);

    [Fact]
    public void TheDraft_GivesUpOnePairsBestMentor_WhenThatPlacesSomeoneElse_WhereGreedyWouldLeaveThemOut()
    {
        // Ana fits both mentors, Alex best; Ben can only have Alex (his supervisor is Blake).
        var ana = Mentee() with { RequestId = 1, StaffId = 101, SupervisorEmail = null };
        var ben = Mentee() with { RequestId = 2, StaffId = 102, WorkEmail = "ben@library.test", SupervisorEmail = "blake@library.test", TopicIds = new HashSet<int> { 4 } };
        var alex = Mentor() with { VolunteerId = 1, StaffId = 201, Name = "Alex", WorkEmail = "alex@library.test", Capacity = 1, PlacesTaken = 0, TopicIds = new HashSet<int> { 1, 2, 3 } };
        var blake = Mentor() with { VolunteerId = 2, StaffId = 202, Name = "Blake", WorkEmail = "blake@library.test", Capacity = 1, PlacesTaken = 0, TopicIds = new HashSet<int> { 1 } };
        var cycle = Cycle([Request(ana, "Ana"), Request(ben, "Ben")], [alex, blake]);
        var scorer = cycle.Scorer;
        Assert.True(scorer.Points(ana, alex) > scorer.Points(ana, blake));

        var draft = SuggestAllMatches.Solve(cycle, spreadTheLoad: false);

        Assert.Equal("Blake", draft.Rows.Single(r => r.Request.MenteeName == "Ana").Mentor!.Mentor.Name);
        Assert.Equal("Alex", draft.Rows.Single(r => r.Request.MenteeName == "Ben").Mentor!.Mentor.Name);
        Assert.Contains(draft.Rows[0].Mentor!.Reasons, r => r.Text.StartsWith("Shares", StringComparison.Ordinal));
    }

    [Fact]
    public void ARequestEveryMentorIsRuledOutFor_IsLeftOut_NamingTheRules()
    {
        var mentee = Mentee() with { SupervisorEmail = "alex@library.test" };
        var alex = Mentor() with { Name = "Alex", WorkEmail = "alex@library.test" };

        var draft = SuggestAllMatches.Solve(Cycle([Request(mentee, "Ana")], [alex]), spreadTheLoad: false);

        var row = Assert.Single(draft.Rows);
        Assert.Null(row.Mentor);
        Assert.Equal("The program's rules leave no mentor (1: Is the mentee's supervisor).", row.WhyUnmatched);
    }

    [Fact]
    public void ARequestNoAllowedMentorSharesATopicWith_IsPlacedIfThereIsRoom_AndOtherwiseSaysSo()
    {
        var mentee = Mentee() with { TopicIds = new HashSet<int> { 4 } };
        var taken = Mentee() with { RequestId = 11, StaffId = 111, WorkEmail = "other@library.test", TopicIds = new HashSet<int> { 1 } };
        var alex = Mentor() with { Capacity = 1, PlacesTaken = 0, TopicIds = new HashSet<int> { 1 } };

        var draft = SuggestAllMatches.Solve(Cycle([Request(mentee, "Ana"), Request(taken, "Tom")], [alex]), spreadTheLoad: false);

        Assert.Equal("No approved mentor with a place left shares their topics.", draft.Rows.Single(r => r.Request.MenteeName == "Ana").WhyUnmatched);
        Assert.NotNull(draft.Rows.Single(r => r.Request.MenteeName == "Tom").Mentor);
    }

    [Fact]
    public void SpreadingTheLoad_GivesTheSecondMenteeToAnotherMentor()
    {
        var ana = Mentee() with { RequestId = 1, StaffId = 101 };
        var ben = Mentee() with { RequestId = 2, StaffId = 102, WorkEmail = "ben@library.test" };
        var star = Mentor() with { VolunteerId = 1, StaffId = 201, Name = "Star", WorkEmail = "star@library.test", Capacity = 2, PlacesTaken = 0, TopicIds = new HashSet<int> { 1, 2, 3 } };
        // Good differs from Star only by working at another location: a few points less for each mentee.
        var good = Mentor() with { VolunteerId = 2, StaffId = 202, Name = "Good", WorkEmail = "good@library.test", Capacity = 2, PlacesTaken = 0, TopicIds = new HashSet<int> { 1, 2, 3 }, Location = "Barker Library" };
        var cycle = Cycle([Request(ana, "Ana"), Request(ben, "Ben")], [star, good]);

        var plain = SuggestAllMatches.Solve(cycle, spreadTheLoad: false);
        var spread = SuggestAllMatches.Solve(cycle, spreadTheLoad: true);

        Assert.All(plain.Rows, r => Assert.Equal("Star", r.Mentor!.Mentor.Name));
        Assert.Equal(["Good", "Star"], spread.Rows.Select(r => r.Mentor!.Mentor.Name).Order());
    }

    [Fact]
    public void Points_AreTheScoreWithoutTheWords()
    {
        var scorer = new MatchScorer(MatchWeights.Default, TopicNames, TermStarts);

        Assert.Equal(scorer.Score(Mentee(), Mentor()).Score, scorer.Points(Mentee(), Mentor()));
        Assert.True(scorer.Points(Mentee(), Mentor()) <= scorer.MaxPoints);
    }
}
