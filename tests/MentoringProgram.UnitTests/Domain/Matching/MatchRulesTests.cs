using MentoringProgram.Web.Domain;
using static MentoringProgram.UnitTests.Domain.Matching.MatchFactsBuilder;

namespace MentoringProgram.UnitTests.Domain.Matching;

public sealed class MatchRulesTests
{
    [Fact]
    public void AFittingMentor_IsNotExcluded() => Assert.Null(Rules().Excludes(Mentee(), Mentor()));

    [Fact]
    public void NotOneself() => Assert.Equal("Cannot mentor themselves.", Rules().Excludes(Mentee(), Mentor() with { StaffId = 100 }));

    [Fact]
    public void NotTheMenteesSupervisor_WhateverTheCaseOfTheAddress() =>
        Assert.Equal("Is the mentee's supervisor.", Rules().Excludes(Mentee(), Mentor() with { WorkEmail = " Boss@Library.test" }));

    [Fact]
    public void NotSomeoneWhoReportsToTheMentee() =>
        Assert.Equal("Reports to the mentee.", Rules().Excludes(Mentee(), Mentor() with { SupervisorEmail = "mentee@library.test" }));

    [Theory]
    [InlineData(VolunteerStatus.Submitted, "Not approved as a mentor yet.")]
    [InlineData(VolunteerStatus.Paused, "Paused as a mentor.")]
    [InlineData(VolunteerStatus.Withdrawn, "Withdrew their offer to mentor.")]
    public void OnlyApprovedMentors(VolunteerStatus status, string rule) =>
        Assert.Equal(rule, Rules().Excludes(Mentee(), Mentor() with { Status = status }));

    [Fact]
    public void Untrained_OnlyWhereTheProgramRequiresTraining()
    {
        Assert.Null(Rules(trainingRequired: false).Excludes(Mentee(), Mentor()));
        Assert.Equal("Has not finished mentor training, which this program requires.", Rules(trainingRequired: true).Excludes(Mentee(), Mentor()));
        Assert.Null(Rules(trainingRequired: true).Excludes(Mentee(), Mentor() with { TrainingCompleted = true }));
    }

    [Fact]
    public void Tenure_IsCountedOnTheDayTheTermStarts()
    {
        // Hired 2025-09-01: twelve months on 2026-09-01, the term's first day, and not a day before.
        Assert.Null(Rules(minimumMonths: 12).Excludes(Mentee(), Mentor() with { HireDate = new DateOnly(2025, 9, 1) }));
        Assert.Equal("Will not have 12 months on staff when the term starts.",
            Rules(minimumMonths: 12).Excludes(Mentee(), Mentor() with { HireDate = new DateOnly(2025, 9, 2) }));
        Assert.Equal("Hire date not on record, so time on staff cannot be checked.",
            Rules(minimumMonths: 12).Excludes(Mentee(), Mentor() with { HireDate = null }));
        Assert.Null(Rules(minimumMonths: 0).Excludes(Mentee(), Mentor() with { HireDate = null }));
    }

    [Fact]
    public void NotPastCapacity() =>
        Assert.Equal("Has no place left (2 of 2 taken).", Rules().Excludes(Mentee(), Mentor() with { Capacity = 2, PlacesTaken = 2 }));

    [Fact]
    public void NotSomeoneTheMenteeAskedToAvoid() =>
        Assert.Equal("The mentee asked not to be matched with them.",
            Rules().Excludes(Mentee() with { AvoidStaffIds = new HashSet<int> { 200 } }, Mentor()));

    [Fact]
    public void NotAPairThatWasDissolvedBefore()
    {
        Assert.Equal("Their earlier pairing was dissolved.", Rules(12, false, (100, 200)).Excludes(Mentee(), Mentor()));
        Assert.Null(Rules(12, false, (200, 100)).Excludes(Mentee(), Mentor()));
    }
}
