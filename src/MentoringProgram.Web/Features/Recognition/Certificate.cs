using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Recognition;

/// <summary>
/// A certificate of participation for a completed pairing (issue 15; seed 003: recognise mentoring in the review process,
/// if those in the relationship wish). Each member sees their own, prints it, and may choose to share it through a signed
/// link (from the public base URL) that works without signing in for <see cref="ShareDays"/> days or until they stop
/// sharing. The certificate names the member, their role, the program, the term and the meetings held: never the other
/// person, whose participation is theirs to share.
/// </summary>
public static class Certificate
{
    public const int ShareDays = 180;

    public sealed record View(int PairingId, string Name, bool Mentee, string ProgramName, DateOnly From, DateOnly To, int MeetingsHeld)
    {
        public string Role => Mentee ? "mentee" : "mentor";
    }

    /// <summary>The member's own certificate page: the certificate, and the share link if one is live.</summary>
    public sealed record Page(View Certificate, string? ShareLink, DateTimeOffset? SharedUntil);

    public sealed class Handler(AppDbContext db, SignedLink links, AppLinks appLinks, TimeProvider clock)
    {
        /// <summary>The member's certificate, or null when the pairing is not theirs or has not completed.</summary>
        public async Task<Page?> ForMemberAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            if (await LoadAsync(staffId, pairingId, cancellationToken) is not { } view)
            {
                return null;
            }
            var now = clock.GetUtcNow();
            var subject = SignedLink.Subject(pairingId, staffId);
            var live = await db.SignedLinkNonces.AsNoTracking()
                .Where(n => n.Purpose == SignedLinkPurpose.Certificate.Name && n.Subject == subject && n.UsedAt == null && n.ExpiresAt > now)
                .OrderByDescending(n => n.ExpiresAt).Select(n => new { n.Id, n.ExpiresAt }).FirstOrDefaultAsync(cancellationToken);
            return new Page(view, live is null ? null : LinkFor(live.Id, pairingId, staffId), live?.ExpiresAt);
        }

        /// <summary>The certificate a share link shows, or null for a link tampered with, expired, no longer shared, or
        /// for a pairing that is no longer completed.</summary>
        public async Task<View?> ForLinkAsync(string token, CancellationToken cancellationToken)
        {
            if (links.Read(SignedLinkPurpose.Certificate, token) is not { } claim)
            {
                return null;
            }
            var now = clock.GetUtcNow();
            var live = await SignedLink.NonceOf(db, SignedLinkPurpose.Certificate, claim).AnyAsync(n => n.UsedAt == null && n.ExpiresAt > now, cancellationToken);
            return live ? await LoadAsync(claim.StaffId, claim.PairingId, cancellationToken) : null;
        }

        /// <summary>Starts sharing (a new link, the earlier ones stopped); false when the certificate is not the member's.</summary>
        public async Task<bool> ShareAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            if (await LoadAsync(staffId, pairingId, cancellationToken) is null)
            {
                return false;
            }
            return await db.InTransactionAsync(async () =>
            {
                await StopAsync(staffId, pairingId, cancellationToken);
                var lastDay = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(ShareDays);
                db.SignedLinkNonces.Add(SignedLink.NewNonce(SignedLinkPurpose.Certificate, pairingId, staffId, lastDay, TimeZoneInfo.Utc));
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }, done => done, cancellationToken);
        }

        /// <summary>Stops sharing: every live link to the member's certificate stops working at once.</summary>
        public async Task<bool> StopSharingAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            if (await LoadAsync(staffId, pairingId, cancellationToken) is null)
            {
                return false;
            }
            await StopAsync(staffId, pairingId, cancellationToken);
            return true;
        }

        private Task<int> StopAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            var subject = SignedLink.Subject(pairingId, staffId);
            var now = clock.GetUtcNow();
            return db.SignedLinkNonces.Where(n => n.Purpose == SignedLinkPurpose.Certificate.Name && n.Subject == subject && n.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.UsedAt, now), cancellationToken);
        }

        private string LinkFor(Guid nonceId, int pairingId, int staffId) =>
            appLinks.Action("Shared", "Certificates", new { token = links.Token(SignedLinkPurpose.Certificate, new SignedLink.Claim(nonceId, pairingId, staffId, 0)) });

        private Task<View?> LoadAsync(int staffId, int pairingId, CancellationToken cancellationToken) =>
            db.Pairings.AsNoTracking()
                .Where(p => p.Id == pairingId && p.Status == PairingStatus.Completed && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId))
                .Select(p => new View(p.Id,
                    p.MenteeStaffId == staffId ? p.Mentee!.FullName : p.Mentor!.FullName,
                    p.MenteeStaffId == staffId, p.Cycle!.Program!.Name, p.StartsOn, p.EndedOn ?? p.EndsOn,
                    db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).Count()))
                .SingleOrDefaultAsync(cancellationToken);
    }
}
