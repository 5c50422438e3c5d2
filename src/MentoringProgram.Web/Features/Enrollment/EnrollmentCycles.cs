using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>Resolves which cycle of a program someone enrolls in today, and why they cannot when closed.</summary>
public static class EnrollmentCycles
{
    public static (ProgramCycle? Open, ProgramCycle? Next) For(MentorshipProgram program, DateOnly today) =>
        (program.Cycles.Where(c => c.Enrollment.IsOpenOn(today)).OrderBy(c => c.EnrollmentDeadline).FirstOrDefault(), program.NextCycle(today));

    public static string ClosedMessage(MentorshipProgram program, ProgramCycle? next, DateOnly today)
    {
        var last = program.Cycles.Where(c => c.EnrollmentDeadline < today).OrderByDescending(c => c.EnrollmentDeadline).FirstOrDefault();
        var closed = last is null ? $"Enrollment for {program.Name} is not open." : $"Enrollment for {program.Name} closed on {last.EnrollmentDeadline:d MMMM yyyy}.";
        return next is null
            ? closed + " The next enrollment window has not been set yet."
            : closed + $" The next window opens on {next.EnrollmentOpens:d MMMM yyyy} and closes on {next.EnrollmentDeadline:d MMMM yyyy}.";
    }
}
