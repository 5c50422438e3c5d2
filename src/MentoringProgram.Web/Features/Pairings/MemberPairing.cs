using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The one way a member's action loads their pairing to change it: by the route's id, only when the signed-in
/// person is its mentee or mentor and it is the pair's (<see cref="PairingDetails.ThePairs"/>), tracked with its cycle and
/// program. Anything else is null, which the controllers answer as "not found".</summary>
public static class MemberPairing
{
    public static Task<Pairing?> FindAsync(AppDbContext db, int staffId, int pairingId, CancellationToken cancellationToken) =>
        db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Where(PairingDetails.ThePairs)
            .SingleOrDefaultAsync(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId), cancellationToken);
}
