namespace MentoringProgram.Web.Domain.Matching;

/// <summary>What matching knows about a mentee's request: the topics asked for and the person behind it.</summary>
public sealed record MenteeFacts(
    int RequestId,
    int StaffId,
    string WorkEmail,
    string? SupervisorEmail,
    IReadOnlySet<int> TopicIds,
    int? DepartmentId,
    string? DepartmentName,
    bool WantsMentorOutsideDepartment,
    ContactMethods Contact,
    string? Location)
{
    /// <summary>Staff the mentee would rather not be matched with (private to the coordinator).</summary>
    public IReadOnlySet<int> AvoidStaffIds { get; init; } = new HashSet<int>();

    /// <summary>Offers (by volunteer id) whose mentor declined this request's ask or let it expire, with which: the
    /// mentee has had their answer, so they are not shown or offered that mentor again for the same request.</summary>
    public IReadOnlyDictionary<int, PairingStatus> EndedAsks { get; init; } = new Dictionary<int, PairingStatus>();
}
