namespace MentoringProgram.Web.Domain.Matching;

/// <summary>What matching knows about a mentor's offer in one cycle, with the places already taken.</summary>
public sealed record MentorFacts(
    int VolunteerId,
    int StaffId,
    string Name,
    string WorkEmail,
    string? SupervisorEmail,
    IReadOnlySet<int> TopicIds,
    int? DepartmentId,
    string? DepartmentName,
    ContactMethods Contact,
    string? Location,
    DateOnly? HireDate,
    VolunteerStatus Status,
    bool TrainingCompleted,
    int Capacity,
    int PlacesTaken)
{
    public int PlacesLeft => Math.Max(0, Capacity - PlacesTaken);
}
