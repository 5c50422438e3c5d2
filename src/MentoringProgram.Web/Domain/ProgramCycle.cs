namespace MentoringProgram.Web.Domain;

/// <summary>One run of a program: an enrollment window and the term that follows.</summary>
public class ProgramCycle
{
    private ProgramCycle() { }

    internal ProgramCycle(string name, EnrollmentWindow enrollment, DateOnly termStarts, DateOnly termEnds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        EnrollmentOpens = enrollment.Opens;
        EnrollmentDeadline = enrollment.Deadline;
        TermStarts = termStarts;
        TermEnds = termEnds;
    }

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public MentorshipProgram? Program { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly EnrollmentOpens { get; private set; }
    public DateOnly EnrollmentDeadline { get; private set; }
    public DateOnly TermStarts { get; private set; }
    public DateOnly TermEnds { get; private set; }

    public EnrollmentWindow Enrollment => new(EnrollmentOpens, EnrollmentDeadline);

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void Reschedule(EnrollmentWindow enrollment, DateOnly termStarts, TermLength term)
    {
        if (termStarts < enrollment.Opens)
        {
            throw new ArgumentException("A term cannot start before its enrollment opens.", nameof(termStarts));
        }
        EnrollmentOpens = enrollment.Opens;
        EnrollmentDeadline = enrollment.Deadline;
        TermStarts = termStarts;
        TermEnds = term.EndFrom(termStarts);
    }
}
