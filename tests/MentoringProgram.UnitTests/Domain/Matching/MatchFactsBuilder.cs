using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;

namespace MentoringProgram.UnitTests.Domain.Matching;

/// <summary>A mentee and a mentor who fit on every count; each test changes what it is about.</summary>
public static class MatchFactsBuilder
{
    public static readonly DateOnly TermStarts = new(2026, 9, 1);

    public static readonly IReadOnlyDictionary<int, string> TopicNames = new Dictionary<int, string>
    {
        [1] = "Career planning", [2] = "Job search", [3] = "Leadership", [4] = "Work-life balance",
    };

    public static MenteeFacts Mentee() => new(
        RequestId: 10, StaffId: 100, WorkEmail: "mentee@library.test", SupervisorEmail: "boss@library.test",
        TopicIds: new HashSet<int> { 1, 2, 3 }, DepartmentId: 1, DepartmentName: "Public Services",
        WantsMentorOutsideDepartment: true, Contact: ContactMethods.Video | ContactMethods.Email, Location: "Hayden Library");

    public static MentorFacts Mentor() => new(
        VolunteerId: 20, StaffId: 200, Name: "Morgan Mentor", WorkEmail: "mentor@library.test", SupervisorEmail: "head@library.test",
        TopicIds: new HashSet<int> { 1, 2 }, DepartmentId: 2, DepartmentName: "Metadata and Cataloging",
        Contact: ContactMethods.Video, Location: "Hayden Library", HireDate: new DateOnly(2019, 6, 1),
        Status: VolunteerStatus.Approved, TrainingCompleted: false, Capacity: 3, PlacesTaken: 1);

    public static MatchRules Rules(int minimumMonths = 12, bool trainingRequired = false, params (int, int)[] dissolved) =>
        new(minimumMonths, TermStarts, trainingRequired, dissolved.ToHashSet());
}
