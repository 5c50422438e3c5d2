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

    /// <summary>Offers (by volunteer id) this request asked before, where the ask ended without a pairing (declined,
    /// lapsed, or withdrawn), with how: the mentee is not shown or offered that mentor again for the same request, so
    /// nobody is asked twice and a mentee cannot mail the same mentor over and over.</summary>
    public IReadOnlyDictionary<int, PairingStatus> EndedAsks { get; init; } = new Dictionary<int, PairingStatus>();
}
