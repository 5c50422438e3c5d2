using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The resources a pairing page links: the library-wide ones and the pairing's program's, written for
/// everyone or for the member's role. The referral list comes first; a mentor also sees the "refer, don't advise"
/// guidance beside it (seed 000: mentors refer questions beyond their expertise; seed 002: a peer advisor directs
/// the advisee to the right resources and does not act as their counsellor).</summary>
public static class PairingResources
{
    public sealed record Link(int Id, string Title, ResourceKind Kind);

    public sealed record Result(bool IAmMentor, IReadOnlyList<Link> Referrals, IReadOnlyList<Link> Others);

    public sealed class Handler(AppDbContext db)
    {
        /// <summary>Null when the pairing is not the member's.</summary>
        public async Task<Result?> LoadAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.AsNoTracking().Where(PairingDetails.ThePairs)
                .Where(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId))
                .Select(p => new { p.Cycle!.ProgramId, IAmMentor = p.MentorStaffId == staffId })
                .SingleOrDefaultAsync(cancellationToken);
            if (pairing is null)
            {
                return null;
            }
            var mine = pairing.IAmMentor ? ResourceAudience.Mentors : ResourceAudience.Mentees;
            var links = await db.Resources.AsNoTracking()
                .Where(r => (r.ProgramId == null || r.ProgramId == pairing.ProgramId) && (r.Audience == ResourceAudience.Everyone || r.Audience == mine))
                .OrderBy(r => r.ProgramId != null).ThenBy(r => r.SortOrder).ThenBy(r => r.Title).ThenBy(r => r.Id)
                .Select(r => new Link(r.Id, r.Title, r.Kind))
                .ToListAsync(cancellationToken);
            var others = ResourceKindExtensions.InLibraryOrder.Where(k => k != ResourceKind.Referral)
                .SelectMany(kind => links.Where(l => l.Kind == kind));
            return new Result(pairing.IAmMentor, [.. links.Where(l => l.Kind == ResourceKind.Referral)], [.. others]);
        }
    }
}
