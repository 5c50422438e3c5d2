namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>What became of a request or an offer someone sent from an enrollment form.</summary>
public enum EnrollmentOutcome
{
    Submitted,
    Resubmitted,
    Saved,
    NotFound,
    Closed,
    Matched,
    NotEligible,
    Conflict,
}
