using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class EnrollmentCyclesTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 10, 9, 0, 0, TimeSpan.Zero);

    private static (MentorshipProgram Program, ProgramCycle Last, ProgramCycle This, ProgramCycle Next) Program()
    {
        var program = new MentorshipProgram("Staff Mentoring", ProgramTemplates.All[0].Settings);
        var last = program.AddCycle("2025", new EnrollmentWindow(new(2025, 8, 1), new(2025, 8, 28)), new(2025, 9, 15));
        var current = program.AddCycle("2026", new EnrollmentWindow(new(2026, 8, 1), new(2026, 8, 28)), new(2026, 9, 15));
        var next = program.AddCycle("2027", new EnrollmentWindow(new(2027, 8, 1), new(2027, 8, 28)), new(2027, 9, 15));
        var id = 1;
        foreach (var cycle in new[] { last, current, next })
        {
            // Ids come from the database; the rule matches entries to cycles by id.
            typeof(ProgramCycle).GetProperty(nameof(ProgramCycle.Id))!.SetValue(cycle, id++);
        }
        return (program, last, current, next);
    }

    private static MenteeRequest Request(ProgramCycle cycle, DateTimeOffset at, bool withdrawn = false)
    {
        var request = new MenteeRequest(cycle.Id, 9);
        request.Submit(at);
        if (withdrawn)
        {
            request.Withdraw(at.AddHours(1));
        }
        return request;
    }

    [Fact]
    public void WhileEnrollmentIsOpen_ThePersonEnrollsInTheOpenCycle_WithTheirEntryThereEvenIfWithdrawn()
    {
        var (program, _, current, _) = Program();
        var withdrawn = Request(current, Now, withdrawn: true);

        var (cycle, entry) = EnrollmentCycles.Resolve(program, new(2026, 8, 10), [withdrawn]);

        Assert.Same(current, cycle);
        Assert.Same(withdrawn, entry);
    }

    [Fact]
    public void WhileEnrollmentIsOpen_WithoutAnEntryThere_TheEntryIsNew()
    {
        var (program, _, current, _) = Program();

        var (cycle, entry) = EnrollmentCycles.Resolve<MenteeRequest>(program, new(2026, 8, 10), []);

        Assert.Same(current, cycle);
        Assert.Null(entry);
    }

    [Fact]
    public void WhenClosed_ThePersonsLatestLiveEntryThatIsNotWithdrawn_IsCurrent()
    {
        var (program, _, current, _) = Program();
        var kept = Request(current, Now);

        var (cycle, entry) = EnrollmentCycles.Resolve(program, new(2026, 10, 1), [kept]);

        Assert.Same(current, cycle);
        Assert.Same(kept, entry);
    }

    [Fact]
    public void WhenClosed_AWithdrawnEntry_OrOneWhoseTermEnded_LeavesNothingToEnrollIn()
    {
        var (program, last, current, _) = Program();

        Assert.Equal((null, null), EnrollmentCycles.Resolve(program, new(2026, 10, 1), [Request(current, Now, withdrawn: true)]));
        Assert.Equal((null, null), EnrollmentCycles.Resolve(program, new(2026, 10, 1), [Request(last, Now.AddYears(-1))]));
    }

    [Fact]
    public void ClosedMessage_SaysWhenEnrollmentClosedAndWhenItOpensNext()
    {
        var (program, _, _, _) = Program();

        Assert.Equal(
            "Enrollment for Staff Mentoring closed on 28 August 2026. The next window opens on 1 August 2027 and closes on 28 August 2027.",
            EnrollmentCycles.ClosedMessage(program, new(2026, 10, 1)));
    }

    [Fact]
    public void CurrentCycle_IsTheOpenOne_ElseTheLatestOpened_ElseTheFirstToCome()
    {
        var (program, last, current, _) = Program();

        Assert.Same(current, program.CurrentCycle(new(2026, 8, 10)));
        Assert.Same(current, program.CurrentCycle(new(2027, 1, 10)));
        Assert.Same(last, program.CurrentCycle(new(2024, 1, 10)));
        Assert.Same(current, program.OpenCycle(new(2026, 8, 28)));
        Assert.Null(program.OpenCycle(new(2026, 8, 29)));
    }
}
