using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Agreements;

/// <summary>A member confirms the agreement they have just read: only the version on their screen, so a change made by
/// the other member in the meantime is read before it is confirmed.</summary>
public static class ConfirmAgreement
{
    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<WriteAgreement.SaveResult> HandleAsync(int staffId, string? userId, int pairingId, int version, CancellationToken cancellationToken)
        {
            if (await WriteAgreement.Handler.FindPairingAsync(db, staffId, pairingId, cancellationToken) is not { } pairing)
            {
                return new WriteAgreement.SaveResult(false, null);
            }
            var agreement = await db.PairingAgreements.SingleOrDefaultAsync(a => a.PairingId == pairingId, cancellationToken);
            if (agreement is null || pairing.Status != PairingStatus.Active)
            {
                return new WriteAgreement.SaveResult(true, agreement is null
                    ? "The agreement has no goals yet, so there is nothing to confirm."
                    : "This pairing has ended, so its agreement can no longer change.");
            }
            if (agreement.Version != version)
            {
                return new WriteAgreement.SaveResult(true, WriteAgreement.Handler.ChangedMeanwhile(pairing, staffId));
            }
            var now = clock.GetUtcNow();
            try
            {
                agreement.Confirm(pairing, staffId, now);
            }
            catch (DomainRuleException refused)
            {
                return new WriteAgreement.SaveResult(true, refused.Message);
            }
            db.AuditEntries.Add(new AuditEntry(now, userId, AgreementAudit.Confirmed, AgreementAudit.Subject(pairingId), $"version {agreement.Version}"));
            return await WriteAgreement.Handler.SaveAsync(db, pairing, staffId, cancellationToken);
        }
    }
}
