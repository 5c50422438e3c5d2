using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Home;

public sealed record ProgramStep(
    int ProgramId,
    string ProgramName,
    string? CycleName,
    EnrollmentState Enrollment,
    DateOnly? Opens,
    DateOnly? Deadline,
    MentorEligibility MentorEligibility);
