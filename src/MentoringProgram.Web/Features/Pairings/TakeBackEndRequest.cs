using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The member who asked to end their pairing takes the request back while the coordinator has not decided;
/// the coordinators are told, so nobody acts on the first notice.</summary>
public static class TakeBackEndRequest
{
    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock, EndingNotices notices)
    {
        public async Task<Result> HandleAsync(int staffId, string? userId, int pairingId, CancellationToken cancellationToken)
        {
            if (await MemberPairing.FindAsync(db, staffId, pairingId, cancellationToken) is not { } pairing)
            {
                return new Result(false, null);
            }
            if (await db.PairingEndRequests.SingleOrDefaultAsync(r => r.PairingId == pairing.Id, cancellationToken) is not { } request)
            {
                return new Result(true, "There is no request to end this pairing to take back.");
            }
            try
            {
                request.TakeBack(staffId, clock.GetUtcNow());
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            await notices.EndRequestTakenBackAsync(pairing, request, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, PairingAudit.EndRequestTakenBack, PairingAudit.Subject(pairing.Id), null));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Result(true, "The coordinator decided on your request at the same moment. Look at the pairing page again.");
            }
            return new Result(true, null);
        }
    }
}
