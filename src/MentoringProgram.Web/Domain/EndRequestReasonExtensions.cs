namespace MentoringProgram.Web.Domain;

public static class EndRequestReasonExtensions
{
    /// <summary>Every reason, in the order the form offers them.</summary>
    public static IReadOnlyList<EndRequestReason> All { get; } = Enum.GetValues<EndRequestReason>();

    public static bool IsDefined(this EndRequestReason reason) => Enum.IsDefined(reason);

    public static string Label(this EndRequestReason reason) => reason switch
    {
        EndRequestReason.MismatchedPersonalities => "Our personalities do not match",
        EndRequestReason.MismatchedSchedules => "Our schedules do not match",
        EndRequestReason.Promotion => "A promotion",
        EndRequestReason.Transfer => "A transfer",
        EndRequestReason.SignificantNewDuties => "Significant new duties",
        _ => "Another reason",
    };
}
