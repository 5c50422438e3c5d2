using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

/// <summary>The guarded rules of pairing life that are not meetings: continuation answers and the term's end, the
/// checklist, and the lunch allowance.</summary>
public class PairingLifeRulesTests
{
    private const int Mentee = 11;
    private const int Mentor = 22;
    private static readonly DateOnly Starts = new(2026, 9, 1);
    private static readonly DateOnly Ends = new(2027, 2, 28);
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly InTheWindow = Ends.AddDays(-20);

    private static Pairing Active()
    {
        var pairing = new Pairing(1, 2, 3, Mentee, Mentor, Starts, Ends);
        pairing.Start();
        return pairing;
    }

    [Fact]
    public void BothChoosingToContinue_InARenewingProgram_RenewsForAnotherTerm_AndAsksAgainNextTime()
    {
        var pairing = Active();
        pairing.AnswerContinuation(Mentee, ContinuationChoice.Continue, InTheWindow);
        pairing.AnswerContinuation(Mentor, ContinuationChoice.End, InTheWindow);
        pairing.AnswerContinuation(Mentor, ContinuationChoice.Continue, InTheWindow);

        Assert.True(pairing.EndTerm(programRenews: true, new TermLength(3, TermUnit.Semesters), [], DateTimeOffset.UnixEpoch));

        // Three semesters of four months from 1 March 2027: to 29 February 2028.
        Assert.Equal((PairingStatus.Active, new DateOnly(2028, 2, 29), 1), (pairing.Status, pairing.EndsOn, pairing.Renewals));
        Assert.Null(pairing.MenteeContinuation);
        Assert.Null(pairing.MentorContinuation);
    }

    [Theory]
    [InlineData(true, ContinuationChoice.End)]
    [InlineData(true, null)]
    [InlineData(false, ContinuationChoice.Continue)]
    public void OtherwiseTheTermEnd_CompletesThePairingOnItsLastDay(bool renews, ContinuationChoice? mentorChoice)
    {
        var pairing = Active();
        pairing.AnswerContinuation(Mentee, ContinuationChoice.Continue, InTheWindow);
        if (mentorChoice is { } choice)
        {
            pairing.AnswerContinuation(Mentor, choice, InTheWindow);
        }

        Assert.False(pairing.EndTerm(renews, new TermLength(6, TermUnit.Months), [], DateTimeOffset.UnixEpoch));

        Assert.Equal((PairingStatus.Completed, Ends, Ends), (pairing.Status, pairing.EndsOn, pairing.EndedOn));
        Assert.Throws<DomainRuleException>(() => pairing.AnswerContinuation(Mentee, ContinuationChoice.End, InTheWindow));
    }

    [Fact]
    public void OnlyThePair_AnswersTheContinuationNotice_WithAKnownChoice()
    {
        var pairing = Active();

        Assert.Throws<DomainRuleException>(() => pairing.AnswerContinuation(99, ContinuationChoice.Continue, InTheWindow));
        Assert.Throws<DomainRuleException>(() => pairing.AnswerContinuation(Mentee, (ContinuationChoice)7, InTheWindow));
        Assert.Null(pairing.MenteeContinuation);
    }

    [Fact]
    public void TheContinuationQuestion_IsOpenFromThreeWeeksBeforeTheLastDayToItsEnd_AndTheSameAnswerTwiceChangesNothing()
    {
        var pairing = Active();

        var early = Assert.Throws<DomainRuleException>(() => pairing.AnswerContinuation(Mentee, ContinuationChoice.Continue, Ends.AddDays(-22)));
        Assert.Contains("opens on 7 February 2027", early.Message);
        var late = Assert.Throws<DomainRuleException>(() => pairing.AnswerContinuation(Mentee, ContinuationChoice.Continue, Ends.AddDays(1)));
        Assert.Contains("too late", late.Message);
        Assert.Null(pairing.MenteeContinuation);

        Assert.True(pairing.AnswerContinuation(Mentee, ContinuationChoice.Continue, Ends.AddDays(-21)));
        Assert.False(pairing.AnswerContinuation(Mentee, ContinuationChoice.Continue, Ends));
        Assert.True(pairing.AnswerContinuation(Mentee, ContinuationChoice.End, Ends));
        Assert.Equal(ContinuationChoice.End, pairing.MenteeContinuation);
        Assert.True(ContinuationQuestion.IsOpen(PairingStatus.Active, Ends, Ends));
        Assert.False(ContinuationQuestion.IsOpen(PairingStatus.Completed, Ends, Ends));
    }

    [Fact]
    public void AChecklistTemplate_IsOneItemPerLine_WithoutBlanksMarkersOrRepeats()
    {
        Assert.Equal(["Meet the team", "Attend a committee meeting"], Checklist.Items("- Meet the team\r\n\n  * Attend a committee meeting \n• Meet the team"));
        Assert.Empty(Checklist.Items(null));
        Assert.Empty(Checklist.Items("  \n "));
    }

    [Fact]
    public void AChecklistItem_IsTickedByThePairOnly_WhileActive_AndMustBeOnTheList()
    {
        var pairing = Active();
        string[] items = ["Meet the team", "Attend a committee meeting"];

        var tick = ChecklistTick.Tick(pairing, items, 2, Mentor, Now);

        Assert.Equal(("Attend a committee meeting", Mentor, Now), (tick.Item, tick.TickedByStaffId, tick.TickedAt));
        Assert.Throws<DomainRuleException>(() => ChecklistTick.Tick(pairing, items, 3, Mentee, Now));
        Assert.Throws<DomainRuleException>(() => ChecklistTick.Tick(pairing, items, 0, Mentee, Now));
        Assert.Throws<DomainRuleException>(() => ChecklistTick.Tick(pairing, items, 1, 99, Now));
        pairing.Complete(Ends, [], DateTimeOffset.UnixEpoch);
        Assert.Throws<DomainRuleException>(() => ChecklistTick.Tick(pairing, items, 1, Mentee, Now));
    }

    [Fact]
    public void ALunch_IsRecordedWithinWhatIsLeftOfTheAllowance_OnADayOfTheTerm()
    {
        var pairing = Active();
        var today = new DateOnly(2026, 10, 1);

        var lunch = LunchExpense.Record(pairing, 25m, 6.5m, today, 18.5m, Mentee, today, "  Cafe  ");

        Assert.Equal((18.5m, "Cafe", Mentee), (lunch.Amount, lunch.Note, lunch.LoggedByStaffId));
        Assert.Equal("Only 0.50 is left of your lunch allowance.", Assert.Throws<DomainRuleException>(() => LunchExpense.Record(pairing, 25m, 24.5m, today, 1m, Mentee, today, null)).Message);
        Assert.Throws<DomainRuleException>(() => LunchExpense.Record(pairing, null, 0, today, 5m, Mentee, today, null));
        Assert.Throws<DomainRuleException>(() => LunchExpense.Record(pairing, 25m, 0, today, 0m, Mentee, today, null));
        Assert.Throws<DomainRuleException>(() => LunchExpense.Record(pairing, 25m, 0, today, 1.005m, Mentee, today, null));
        Assert.Throws<DomainRuleException>(() => LunchExpense.Record(pairing, 25m, 0, today.AddDays(1), 5m, Mentee, today, null));
        Assert.Throws<DomainRuleException>(() => LunchExpense.Record(pairing, 25m, 0, Starts.AddDays(-1), 5m, Mentee, today, null));
        Assert.Throws<DomainRuleException>(() => LunchExpense.Record(pairing, 25m, 0, today, 5m, 99, today, null));
    }
}
