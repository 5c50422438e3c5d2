using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>
/// The <see cref="CacheStamp.Enrollment"/> stamp: renewed by every save that touches what the coordinator's lists and the
/// matching pool are read from, so a page of a list and a cycle's pool can be kept between views (ADR 0025).
/// </summary>
public static class EnrollmentStamp
{
    /// <summary>What the lists and the pool read. Programs and cycles are here also because deleting them deletes their
    /// requests and offers in the database, out of EF Core's sight.</summary>
    public static readonly CacheStampRule Rule = new(CacheStamp.Enrollment, new HashSet<Type>
    {
        typeof(MentorshipProgram), typeof(ProgramCycle), typeof(ProgramTopic),
        typeof(MenteeRequest), typeof(MenteeRequestTopic), typeof(MentorVolunteer), typeof(MentorVolunteerTopic),
        typeof(StaffMember), typeof(Department), typeof(Topic),
    });
}
