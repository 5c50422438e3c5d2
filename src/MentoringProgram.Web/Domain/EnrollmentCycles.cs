namespace MentoringProgram.Web.Domain;

/// <summary>Which cycle of a program someone enrolls in today, which of their entries is current, and why
/// they cannot enroll when enrollment is closed.</summary>
public static class EnrollmentCycles
{
    /// <summary>The cycle whose enrollment is open on a day; of overlapping windows, the one closing first. Generic so
    /// a list can apply it to the few columns it reads instead of whole cycles.</summary>
    public static T? OpenOf<T>(IEnumerable<T> cycles, Func<T, EnrollmentWindow> window, DateOnly today) =>
        cycles.Where(c => window(c).IsOpenOn(today)).OrderBy(c => window(c).Deadline).FirstOrDefault();

    /// <summary>The next cycle whose enrollment has yet to open.</summary>
    public static T? NextOf<T>(IEnumerable<T> cycles, Func<T, EnrollmentWindow> window, DateOnly today) =>
        cycles.Where(c => window(c).Opens > today).OrderBy(c => window(c).Opens).FirstOrDefault();

    /// <summary>The cycle whose enrollment is open on a day, else the next one to open.</summary>
    public static T? OpenOrNextOf<T>(IEnumerable<T> cycles, Func<T, EnrollmentWindow> window, DateOnly today) =>
        OpenOf(cycles, window, today) ?? NextOf(cycles, window, today);

    /// <summary>The cycle a coordinator's lists show first: the open one; else the one whose enrollment opened
    /// most recently (its pairs are being made or running); else, before any has opened, the first to come.</summary>
    public static T? ShownFirst<T>(IReadOnlyCollection<T> cycles, Func<T, EnrollmentWindow> window, DateOnly today) =>
        OpenOf(cycles, window, today)
        ?? cycles.Where(c => window(c).Opens <= today).OrderByDescending(c => window(c).Opens).FirstOrDefault()
        ?? cycles.OrderBy(c => window(c).Opens).FirstOrDefault();

    /// <summary>Cycles whose term has not ended: where someone's request or offer can still be current.</summary>
    public static IReadOnlyList<int> LiveCycleIds(MentorshipProgram program, DateOnly today) =>
        program.Cycles.Where(c => c.TermEnds >= today).Select(c => c.Id).ToList();

    /// <summary>The cycle to enroll in and the person's entry there: the open cycle; or, when enrollment is
    /// closed, the cycle of their latest entry that is not withdrawn (which they may still change or withdraw).</summary>
    public static (ProgramCycle? Cycle, T? Entry) Resolve<T>(MentorshipProgram program, DateOnly today, IEnumerable<T> entries)
        where T : class, IEnrollmentEntry
    {
        var live = LiveCycleIds(program, today);
        var candidates = entries.Where(e => live.Contains(e.CycleId)).ToList();
        if (program.OpenCycle(today) is { } open)
        {
            return (open, candidates.SingleOrDefault(e => e.CycleId == open.Id));
        }
        var current = candidates.Where(e => !e.IsWithdrawn).OrderByDescending(e => e.SubmittedAt).FirstOrDefault();
        return current is null ? (null, null) : (program.Cycles.Single(c => c.Id == current.CycleId), current);
    }

    public static string ClosedMessage(MentorshipProgram program, DateOnly today)
    {
        var last = program.Cycles.Where(c => c.EnrollmentDeadline < today).OrderByDescending(c => c.EnrollmentDeadline).FirstOrDefault();
        var closed = last is null ? $"Enrollment for {program.Name} is not open." : $"Enrollment for {program.Name} closed on {last.EnrollmentDeadline:d MMMM yyyy}.";
        return program.NextCycle(today) is not { } next
            ? closed + " The next enrollment window has not been set yet."
            : closed + $" The next window opens on {next.EnrollmentOpens:d MMMM yyyy} and closes on {next.EnrollmentDeadline:d MMMM yyyy}.";
    }
}
