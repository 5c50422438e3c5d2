using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>
/// The one definition of who takes part in a program, for anything addressed to its participants: the members of its
/// active pairings, and staff with a request still waiting for a mentor or an approved offer to mentor, in any of its
/// cycles. A query, not a list, so a caller filters and counts it in the same statement; each person once.
/// </summary>
public static class ProgramParticipants
{
    public static IQueryable<int> StaffIdsOf(AppDbContext db, int programId)
    {
        var active = db.Pairings.Where(p => p.Status == PairingStatus.Active && p.Cycle!.ProgramId == programId);
        return active.Select(p => p.MenteeStaffId)
            .Union(active.Select(p => p.MentorStaffId))
            .Union(db.MenteeRequests.Where(r => r.Status == RequestStatus.Submitted && r.Cycle!.ProgramId == programId).Select(r => r.StaffMemberId))
            .Union(db.MentorVolunteers.Where(v => v.Status == VolunteerStatus.Approved && v.Cycle!.ProgramId == programId).Select(v => v.StaffMemberId));
    }
}
