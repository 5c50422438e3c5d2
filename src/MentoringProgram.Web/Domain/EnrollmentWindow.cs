namespace MentoringProgram.Web.Domain;

/// <summary>The days on which staff can request a mentor or volunteer for a cycle; both ends inclusive.</summary>
public readonly record struct EnrollmentWindow
{
    public EnrollmentWindow(DateOnly opens, DateOnly deadline)
    {
        if (deadline < opens)
        {
            throw new ArgumentException("The enrollment deadline cannot be before the window opens.", nameof(deadline));
        }
        Opens = opens;
        Deadline = deadline;
    }

    public DateOnly Opens { get; }
    public DateOnly Deadline { get; }

    public EnrollmentState StateOn(DateOnly day) =>
        day < Opens ? EnrollmentState.NotYetOpen : day > Deadline ? EnrollmentState.Closed : EnrollmentState.Open;

    public bool IsOpenOn(DateOnly day) => StateOn(day) == EnrollmentState.Open;

    public int DaysLeft(DateOnly day) => IsOpenOn(day) ? Deadline.DayNumber - day.DayNumber : 0;
}
